namespace Wmk.Documents.Contracts;

/// <summary>
/// A model that document templates are filled from ("resident", "contract", "unit", "charge", "paymentplan",
/// "conversation", "volunteer", ...). A module registers one per model (<c>services.AddScoped&lt;IDocumentModelSource, ...&gt;()</c>);
/// the documents module checks templates against <see cref="Fields"/>, previews them with <see cref="Demo"/> and fills them
/// with <see cref="LoadAsync"/>.
/// </summary>
public interface IDocumentModelSource
{
    /// <summary>The model's name, lower case, e.g. "resident".</summary>
    string Model { get; }

    /// <summary>
    /// Whether the documents of a subject belong to a resident's case (a counsellor then downloads them only for their
    /// own clients, see <see cref="DocumentSubject.ResidentId"/>).
    /// </summary>
    bool AboutResidents { get; }

    /// <summary>Every field a template may use, as dotted snake_case paths ("resident.first_name", "charge.lines[].amount").</summary>
    IReadOnlyList<string> Fields => DocumentFields.Of(Demo);

    /// <summary>Example data with every field filled, for previews (no real person in it).</summary>
    DocumentModel Demo { get; }

    /// <summary>
    /// The data of one subject under the current tenant and user (a partner counsellor gets only their own clients), or null
    /// when there is no such subject or the user may not see it.
    /// </summary>
    Task<DocumentSubject?> LoadAsync(Guid id, CancellationToken cancellationToken = default);
}

/// <summary>A subject's data and the resident whose case it belongs to, if any.</summary>
/// <param name="Title">A short name of the subject for lists and file names ("Sam Peeters", "Kioskstraat 4").</param>
public sealed record DocumentSubject(DocumentModel Data, string Title, Guid? ResidentId);
