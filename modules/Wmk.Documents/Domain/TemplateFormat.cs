using System.Text.Json.Serialization;

namespace Wmk.Documents;

/// <summary>How a template is written: a Word file with Scriban placeholders, or an HTML (Scriban) letter.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TemplateFormat>))]
internal enum TemplateFormat
{
    Docx,
    Html,
}
