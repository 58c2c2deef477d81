using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Wmk.Documents.Engine;

/// <summary>The text of a Word document for an on-screen preview: its paragraphs, and tables as rows of cells.</summary>
internal static class DocxText
{
    public static IReadOnlyList<IReadOnlyList<string>> Blocks(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx, false), false);
        var blocks = new List<IReadOnlyList<string>>();
        foreach (var element in doc.MainDocumentPart!.Document.Body!.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    blocks.Add([Text(p)]);
                    break;
                case Table t:
                    blocks.AddRange(t.Elements<TableRow>().Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => string.Join(" ", c.Elements<Paragraph>().Select(Text)))]));
                    break;
            }
        }

        return blocks;
    }

    /// <summary>All text of the main document, paragraphs separated by line breaks.</summary>
    public static string All(byte[] docx) => string.Join("\n", Blocks(docx).Select(b => string.Join(" | ", b)));

    private static string Text(Paragraph p) =>
        string.Concat(p.Descendants().Select(e => e switch { Text t => t.Text, Break => "\n", TabChar => "\t", _ => string.Empty }));
}
