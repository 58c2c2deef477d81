using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Features.Board;

namespace Wmk.Housing.Pages.Housing;

/// <summary>
/// The board's table rows, written straight to the response: a board holds thousands of units, and one Razor write per
/// cell (each through the view buffer, the link through the URL tag helper) cost more than the board's own computation.
/// Every text is HTML-encoded; amounts and dates in the current culture (nl-BE: € 1.288,46, dd/MM/yyyy).
/// </summary>
internal sealed class BoardRows(IReadOnlyList<BoardUnit> units, IStringLocalizer texts) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        var culture = CultureInfo.CurrentCulture;
        var (reserve, inspection, hidden) = (texts["Unit:Reserve"].Value, texts["Unit:UnderInspection"].Value, texts["Board:ResidentHidden"].Value);
        foreach (var u in units)
        {
            writer.Write("<tr><td><a href=\"/housing/units/");
            writer.Write(u.Id.ToString());
            writer.Write("\">");
            encoder.Encode(writer, u.Address);
            writer.Write("</a>");
            if (u.IsReserve)
            {
                Note(writer, encoder, reserve);
            }

            if (u.UnderInspection)
            {
                Note(writer, encoder, inspection);
            }

            writer.Write("</td><td>");
            encoder.Encode(writer, u.District);
            writer.Write("</td><td>");
            for (var i = 0; i < u.Residents.Count; i++)
            {
                writer.Write(i == 0 ? string.Empty : ", ");
                encoder.Encode(writer, u.Residents[i].Name ?? hidden);
            }

            writer.Write("</td><td>");
            writer.Write(u.FreePlaces.ToString(culture));
            writer.Write(" / ");
            writer.Write(u.Places.ToString(culture));
            writer.Write("</td><td>");
            writer.Write(u.EmptyDays.ToString(culture));
            writer.Write(" (");
            encoder.Encode(writer, u.EmptyCost.ToString("C", culture));
            writer.Write(")</td><td>");
            writer.Write(u.AvailableUntil.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            writer.Write("</td></tr>\n");
        }
    }

    private static void Note(TextWriter writer, HtmlEncoder encoder, string text)
    {
        writer.Write(" (");
        encoder.Encode(writer, text);
        writer.Write(')');
    }
}
