using System.Collections;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Scriban;
using Scriban.Runtime;
using Wmk.Documents.Contracts;

namespace Wmk.Documents.Engine;

/// <summary>Fills a Word template (already inspected by <see cref="DocxPackage"/>) with a model, in the sandbox.</summary>
internal sealed class DocxFiller(TemplateSandbox sandbox)
{
    public byte[] Fill(byte[] template, DocumentModel model, CultureInfo culture)
    {
        var (context, timer) = sandbox.Open(model, escapeHtml: false, culture);
        using (timer)
        {
            using var stream = new MemoryStream();
            stream.Write(template);
            using (var doc = WordprocessingDocument.Open(stream, true))
            {
                var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
                var (slots, rows) = DocxLayout.Prepare(doc);
                foreach (var row in rows)
                {
                    Repeat(row, context, parsed);
                }

                foreach (var slot in slots)
                {
                    Write(slot.Text, Render(slot.Text.Text, slot.Number, context, parsed));
                }
            }

            return stream.ToArray();
        }
    }

    private void Repeat(LoopRow loop, TemplateContext context, Dictionary<string, Template> parsed)
    {
        var items = sandbox.Evaluate(TemplateSandbox.Parse(loop.Iterator, loop.Number, scriptOnly: true), context, loop.Number) switch
        {
            null => [],
            string text => [text],
            IEnumerable list => list.Cast<object?>().ToList(),
            var single => new List<object?> { single },
        };
        if (items.Count > sandbox.Limits.LoopLimit)
        {
            throw new TemplateProblemException(new TemplateProblem("Check:LoopLimit", loop.Number, null, null, sandbox.Limits.LoopLimit));
        }

        foreach (var item in items)
        {
            var clone = (TableRow)loop.Row.CloneNode(true);
            context.PushGlobal(new ScriptObject { [loop.Variable] = item });
            try
            {
                foreach (var text in DocxLayout.SlotsOf(clone))
                {
                    Write(text, Render(text.Text, loop.Number, context, parsed));
                }
            }
            finally
            {
                context.PopGlobal();
            }

            loop.Row.InsertBeforeSelf(clone);
        }

        loop.Row.Remove();
    }

    private string Render(string text, int number, TemplateContext context, Dictionary<string, Template> parsed)
    {
        if (!parsed.TryGetValue(text, out var template))
        {
            template = TemplateSandbox.Parse(text, number);
            parsed[text] = template;
        }

        return sandbox.Render(template, context, number);
    }

    /// <summary>Sets the text; line breaks in the output become Word line breaks in the same run.</summary>
    private static void Write(Text target, string output)
    {
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        target.Text = lines[0];
        var after = (DocumentFormat.OpenXml.OpenXmlElement)target;
        foreach (var line in lines.Skip(1))
        {
            var br = new Break();
            after.InsertAfterSelf(br);
            var next = new Text(line) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve };
            br.InsertAfterSelf(next);
            after = next;
        }
    }
}
