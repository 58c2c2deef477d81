using System.Globalization;
using System.Text;
using Wmk.Documents.Contracts;

namespace Wmk.Documents.Engine;

/// <summary>Fills an HTML (Scriban) letter; the model's text is HTML-encoded, so data cannot add markup.</summary>
internal sealed class HtmlFiller(TemplateSandbox sandbox)
{
    public static string Decode(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new TemplateProblemException(new TemplateProblem("Upload:NotHtml", null, null, null));
        }
    }

    public byte[] Fill(byte[] template, DocumentModel model, CultureInfo culture)
    {
        var text = Decode(template);
        var (context, timer) = sandbox.Open(model, escapeHtml: true, culture);
        using (timer)
        {
            return Encoding.UTF8.GetBytes(sandbox.Render(TemplateSandbox.Parse(text, null), context, null));
        }
    }
}
