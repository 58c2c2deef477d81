using Wmk.Documents.Domain;

namespace Wmk.Documents.Features.Templates;

internal sealed record TemplateListItem(Guid Id, string Kind, string Name, string Model, TemplateFormat Format, int Version, DateTimeOffset ChangedAt, string? ChangedBy);

internal sealed record TemplateVersionView(int Number, string FileName, DateTimeOffset CreatedAt, string? CreatedBy, int? RestoredFrom, int Size);

internal sealed record TemplateView(
    Guid Id, string Kind, string Name, string Model, TemplateFormat Format, int CurrentVersion, IReadOnlyList<TemplateVersionView> Versions,
    IReadOnlyList<string> Fields);

/// <summary>A new template; the content travels as base64 in JSON (the page posts the file itself).</summary>
internal sealed record UploadTemplateInput(string? Name, string? Kind, string? Model, string? FileName, string? ContentBase64);

internal sealed record NewVersionInput(string? FileName, string? ContentBase64);

internal sealed record RollbackInput(int Number);

/// <summary>A template filled with demo data: the text blocks of a Word file (tables as rows of cells) or the HTML.</summary>
internal sealed record PreviewView(Guid TemplateId, int Version, TemplateFormat Format, IReadOnlyList<IReadOnlyList<string>> Blocks, string? Html);

internal sealed record DocumentFile(string FileName, string ContentType, byte[] Content)
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string TypeOf(TemplateFormat format) => format == TemplateFormat.Docx ? Docx : "text/html; charset=utf-8";

    public static string Extension(TemplateFormat format) => format == TemplateFormat.Docx ? ".docx" : ".html";
}

internal static class TemplateMapping
{
    public static TemplateVersionView View(this TemplateVersion v) => new(v.Number, v.FileName, v.CreatedAt, v.CreatedByName, v.RestoredFrom, v.Content.Length);
}
