using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Wmk.Documents.Engine;

/// <summary>A text element that holds placeholders, in paragraph <paramref name="Number"/> (1-based, body, then headers and footers).</summary>
internal sealed record Slot(Text Text, int Number);

/// <summary>A table row that repeats for every item of <paramref name="Iterator"/> (its for/end tags already removed).</summary>
internal sealed record LoopRow(TableRow Row, string Variable, string Iterator, int Number);

/// <summary>
/// Prepares a Word document for filling: within each paragraph, the runs from the first "{{" to the last "}}" are merged
/// into the first of them (Word splits text over runs at will), and table rows whose first placeholder is
/// "{{ for x in list }}" and whose last is "{{ end }}" become loop rows.
/// </summary>
internal static partial class DocxLayout
{
    public static IEnumerable<OpenXmlPartRootElement> Roots(WordprocessingDocument doc)
    {
        var main = doc.MainDocumentPart ?? throw new TemplateProblemException(new TemplateProblem("Upload:NotDocx", null, null, null));
        yield return main.Document;
        foreach (var header in main.HeaderParts)
        {
            yield return header.Header;
        }

        foreach (var footer in main.FooterParts)
        {
            yield return footer.Footer;
        }
    }

    public static (List<Slot> Slots, List<LoopRow> Rows) Prepare(WordprocessingDocument doc)
    {
        var slots = new List<Slot>();
        var number = 0;
        foreach (var root in Roots(doc))
        {
            foreach (var paragraph in root.Descendants<Paragraph>())
            {
                number++;
                if (Merge(paragraph) is { } text)
                {
                    slots.Add(new Slot(text, number));
                }
            }
        }

        var rows = new List<LoopRow>();
        foreach (var row in slots.Select(s => s.Text.Ancestors<TableRow>().FirstOrDefault()).OfType<TableRow>().Distinct().ToList())
        {
            var inRow = slots.Where(s => s.Text.Ancestors<TableRow>().FirstOrDefault() == row).ToList();
            var first = inRow[0];
            var last = inRow[^1];
            var open = ForTag().Match(first.Text.Text);
            var close = EndTag().Match(last.Text.Text);
            if (first == last || !open.Success || !close.Success)
            {
                continue;
            }

            last.Text.Text = last.Text.Text.Remove(close.Index, close.Length);
            first.Text.Text = first.Text.Text.Remove(open.Index, open.Length);
            rows.Add(new LoopRow(row, open.Groups["var"].Value, open.Groups["list"].Value.Trim(), first.Number));
            slots.RemoveAll(inRow.Contains);
        }

        return (slots, rows);
    }

    /// <summary>The slots of a (cloned) loop row: its text elements that still hold placeholders.</summary>
    public static IEnumerable<Text> SlotsOf(TableRow row) => row.Descendants<Text>().Where(t => t.Text.Contains("{{", StringComparison.Ordinal)).ToList();

    private static Text? Merge(Paragraph paragraph)
    {
        var texts = paragraph.Descendants<Text>().ToList();
        if (texts.Count == 0)
        {
            return null;
        }

        var full = string.Concat(texts.Select(t => t.Text));
        var start = full.IndexOf("{{", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = Math.Max(full.LastIndexOf("}}", StringComparison.Ordinal) + 2, start + 2);
        int offset = 0, first = -1, last = texts.Count - 1;
        for (var i = 0; i < texts.Count; i++)
        {
            var length = texts[i].Text.Length;
            if (first < 0 && start < offset + length)
            {
                first = i;
            }

            if (first >= 0 && end <= offset + length)
            {
                last = i;
                break;
            }

            offset += length;
        }

        var target = texts[first];
        if (last > first)
        {
            target.Text = string.Concat(texts.Skip(first).Take(last - first + 1).Select(t => t.Text));
            foreach (var extra in texts.Skip(first + 1).Take(last - first))
            {
                extra.Remove();
            }
        }

        target.Space = SpaceProcessingModeValues.Preserve;
        return target;
    }

    [GeneratedRegex(@"^\s*\{\{-?\s*for\s+(?<var>[A-Za-z_][A-Za-z0-9_]*)\s+in\s+(?<list>[^}]+?)\s*-?\}\}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ForTag();

    [GeneratedRegex(@"\{\{-?\s*end\s*-?\}\}\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EndTag();
}
