using Wmk.Documents.Domain;
using Wmk.Kernel.Rules;

namespace Wmk.Documents.Features.Templates;

/// <summary>The rules of an upload before its content is looked at: names, a plain file name, the format, the size.</summary>
internal static class UploadRules
{
    public static TemplateFormat? FormatOf(string? fileName) => Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant() switch
    {
        ".docx" => TemplateFormat.Docx,
        ".html" or ".htm" => TemplateFormat.Html,
        _ => null,
    };

    public static List<RuleError> CheckFile(string? fileName, int size, int maxBytes, TemplateFormat? expected = null)
    {
        var errors = new List<RuleError>();
        if (string.IsNullOrWhiteSpace(fileName) || fileName.Length > 200)
        {
            errors.Add(new("Upload:FileName"));
        }
        else if (fileName.IndexOfAny(['/', '\\', ':', '\0']) >= 0 || fileName.Contains("..", StringComparison.Ordinal))
        {
            errors.Add(new("Upload:Path"));
        }
        else if (FormatOf(fileName) is not { } format)
        {
            errors.Add(new("Upload:Extension"));
        }
        else if (expected is not null && format != expected)
        {
            errors.Add(new("Upload:SameFormat", expected == TemplateFormat.Docx ? ".docx" : ".html"));
        }

        if (size == 0)
        {
            errors.Add(new("Upload:Empty"));
        }
        else if (size > maxBytes)
        {
            errors.Add(new("Upload:TooLarge", Megabytes(maxBytes)));
        }

        return errors;
    }

    public static string Megabytes(int bytes) => (bytes / 1048576m).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture);

    public static List<RuleError> CheckNames(string? name, string? kind, string? model, IReadOnlyCollection<string> models)
    {
        var errors = new List<RuleError>();
        if (Text.Clean(name) is not { Length: <= 200 })
        {
            errors.Add(new("Upload:Name"));
        }

        if (Text.Clean(kind) is not { Length: <= 60 } k || !k.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add(new("Upload:Kind"));
        }

        if (model is null || !models.Contains(model))
        {
            errors.Add(new("Upload:Model", string.Join(", ", models)));
        }

        return errors;
    }
}
