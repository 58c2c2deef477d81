using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Wmk.Documents.Engine;

/// <summary>
/// Writes a simple Word document in code (the seeded defaults and the tests): "# " starts a heading, any other string is
/// a paragraph, a string[][] is a table whose first row is the header.
/// </summary>
internal static class DocxBuilder
{
    public static byte[] Build(params object[] blocks)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var block in blocks)
            {
                body.Append(block switch
                {
                    string text when text.StartsWith("# ", StringComparison.Ordinal) => Paragraph(text[2..], bold: true, size: "32"),
                    string text => Paragraph(text),
                    string[][] rows => Table(rows),
                    OpenXmlElement element => element,
                    _ => throw new ArgumentException("Unknown block " + block, nameof(blocks)),
                });
            }

            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            doc.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph whose text is spread over several runs at the given cut points, the way Word splits text.</summary>
    public static Paragraph Split(params string[] runs) => new([.. runs.Select(r => Run(r, bold: false, size: null))]);

    private static Paragraph Paragraph(string text, bool bold = false, string? size = null) => new(Run(text, bold, size));

    private static Run Run(string text, bool bold, string? size)
    {
        var props = new RunProperties();
        if (bold)
        {
            props.Append(new Bold());
        }

        if (size is not null)
        {
            props.Append(new FontSize { Val = size });
        }

        return new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Table Table(string[][] rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        for (var i = 0; i < rows.Length; i++)
        {
            table.Append(new TableRow([.. rows[i].Select(cell => new TableCell(Paragraph(cell, bold: i == 0)))]));
        }

        return table;
    }
}
