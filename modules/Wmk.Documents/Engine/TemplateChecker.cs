using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Wmk.Documents.Contracts;

namespace Wmk.Documents.Engine;

/// <summary>
/// Checks a template against its model before it is stored: syntax errors and unknown fields with their location, then a
/// fill with the model's demo data in the sandbox (which stops endless loops and oversized output).
/// </summary>
internal sealed class TemplateChecker(DocxPackage package, DocxFiller docx, HtmlFiller html)
{
    /// <summary>Throws a <see cref="TemplateProblemException"/> listing every problem; returns the filled demo document.</summary>
    public byte[] Check(TemplateFormat format, byte[] content, IDocumentModelSource source, CultureInfo culture)
    {
        var checker = new FieldChecker(FieldChecker.Known([.. source.Fields, .. DocumentGlobals.Fields]));
        var demo = DocumentGlobals.With(source.Demo, "Demo vzw", new DateOnly(2026, 11, 26));
        if (format == TemplateFormat.Html)
        {
            var text = HtmlFiller.Decode(content);
            Throw(Problems(checker, text, null, null));
            return html.Fill(content, demo, culture);
        }

        package.Inspect(content);
        Throw(DocxProblems(checker, content));
        return docx.Fill(content, demo, culture);
    }

    private static List<TemplateProblem> DocxProblems(FieldChecker checker, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(content);
        using var doc = WordprocessingDocument.Open(stream, true);
        var (slots, rows) = DocxLayout.Prepare(doc);
        var problems = new List<TemplateProblem>();
        foreach (var slot in slots)
        {
            problems.AddRange(Problems(checker, slot.Text.Text, slot.Number, null));
        }

        foreach (var row in rows)
        {
            problems.AddRange(Problems(checker, "{{ " + row.Iterator + " }}", row.Number, null));
            var alias = new Dictionary<string, string>(StringComparer.Ordinal) { [row.Variable] = row.Iterator + "[]" };
            foreach (var text in DocxLayout.SlotsOf(row.Row))
            {
                problems.AddRange(Problems(checker, text.Text, row.Number, alias));
            }
        }

        return problems;
    }

    private static List<TemplateProblem> Problems(FieldChecker checker, string text, int? paragraph, IReadOnlyDictionary<string, string>? alias)
    {
        try
        {
            var template = TemplateSandbox.Parse(text, paragraph);
            return [.. checker.Unknown(template, alias).Select(u => new TemplateProblem("Check:UnknownField", paragraph, u.Line, u.Column, u.Path))];
        }
        catch (TemplateProblemException ex)
        {
            return [.. ex.Problems];
        }
    }

    private static void Throw(List<TemplateProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new TemplateProblemException(problems);
        }
    }
}

/// <summary>The variables every template has besides its model: the organisation and today's date.</summary>
internal static class DocumentGlobals
{
    public static readonly IReadOnlyList<string> Fields = ["organisation", "organisation.name", "today"];

    public static DocumentModel With(DocumentModel model, string organisation, DateOnly today)
    {
        var all = new DocumentModel();
        foreach (var (key, value) in model)
        {
            all[key] = value;
        }

        all["organisation"] = new DocumentModel { ["name"] = organisation };
        all["today"] = today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return all;
    }
}
