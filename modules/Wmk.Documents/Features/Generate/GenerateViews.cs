using Wmk.Documents.Domain;

namespace Wmk.Documents.Features.Generate;

internal sealed record GenerateInput(Guid TemplateId, Guid SubjectId);

/// <summary>How a letter went out: by e-mail and/or registered mail (with the postal tracking number), on a day.</summary>
internal sealed record SendingInput(bool Email, bool Registered, string? TrackingNumber, DateOnly? On);

internal sealed record GeneratedView(
    Guid Id, Guid TemplateId, int VersionNumber, string Kind, string Name, string Model, Guid SubjectId, string SubjectTitle, TemplateFormat Format,
    string FileName, DateTimeOffset CreatedAt, string? CreatedBy, bool IsLetter, DateOnly? SentByEmailOn, DateOnly? RegisteredMailOn,
    string? TrackingNumber);

/// <summary>A template that can be filled for a subject (the subject of its own model: a resident's contract for "contract").</summary>
internal sealed record Offer(Guid TemplateId, string Name, string Kind, TemplateFormat Format, string Model, Guid SubjectId);

/// <summary>A case's page: what it is, the templates to fill, the documents made before, and whether PDF is possible.</summary>
internal sealed record CaseView(string Model, Guid SubjectId, string Title, IReadOnlyList<Offer> Offers, IReadOnlyList<GeneratedView> Documents, bool PdfAvailable);

internal static class GeneratedMapping
{
    /// <summary>The kinds that are letters whose sending is recorded.</summary>
    public static readonly IReadOnlySet<string> Letters = new HashSet<string>(["TerminationLetter", "ArrearsLetter", "RegisteredArrearsLetter"], StringComparer.Ordinal);

    public static GeneratedView View(this GeneratedDocument d) => new(
        d.Id, d.TemplateId, d.VersionNumber, d.Kind, d.Name, d.Model, d.SubjectId, d.SubjectTitle, d.Format, d.FileName, d.CreatedAt, d.CreatedByName,
        Letters.Contains(d.Kind), d.SentByEmailOn, d.RegisteredMailOn, d.TrackingNumber);
}
