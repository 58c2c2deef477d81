namespace Wmk.Documents.Contracts;

/// <summary>
/// Template data: snake_case names to values. A value is text (already formatted for the reader: dates dd/MM/yyyy,
/// amounts "€ 1.288,46"), a number, a bool, a nested <see cref="DocumentModel"/> or a list of them (for table loops).
/// </summary>
public sealed class DocumentModel : Dictionary<string, object?>
{
    public DocumentModel()
        : base(StringComparer.Ordinal)
    {
    }
}

/// <summary>The field paths of a model, derived from an example.</summary>
public static class DocumentFields
{
    /// <summary>"a.b" for nested models, "a.list[].c" for the items of a list.</summary>
    public static IReadOnlyList<string> Of(DocumentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var fields = new List<string>();
        Collect(model, string.Empty, fields);
        return fields;
    }

    private static void Collect(DocumentModel model, string prefix, List<string> fields)
    {
        foreach (var (name, value) in model)
        {
            var path = prefix + name;
            fields.Add(path);
            switch (value)
            {
                case DocumentModel nested:
                    Collect(nested, path + ".", fields);
                    break;
                case IEnumerable<DocumentModel> items:
                    var first = items.FirstOrDefault();
                    if (first is not null)
                    {
                        Collect(first, path + "[].", fields);
                    }

                    break;
            }
        }
    }
}
