using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Auditing;

namespace Wmk.GroupMeetings.Features.Reports;

/// <summary>
/// The report as CSV the way Excel in nl-BE opens it (as the guidance reports): a UTF-8 byte order mark, ';' between
/// fields, dates dd/MM/yyyy, a decimal comma; text starting like a formula gets an apostrophe. Each download is audited.
/// </summary>
internal sealed class ReportExport(ReportsHandler reports, IAuditLog audit, IStringLocalizer<GroupMeetingsResource> texts)
{
    public static readonly string[] Kinds = ["sessions", "residents", "themes", "laundry"];

    public async Task<CsvFile?> ExportAsync(string kind, int? year, CancellationToken ct)
    {
        var r = await reports.GetAsync(year, ct);
        IEnumerable<IEnumerable<string>>? rows = kind switch
        {
            "sessions" => [[T("Report:Date"), T("Report:Location"), T("Report:Theme"), T("Attendance:Present"), T("Attendance:Excused"), T("Attendance:Absent"), T("Report:Rate")],
                .. r.Sessions.Select(s => (IEnumerable<string>)[s.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), Safe(s.Location), Safe(s.Theme),
                    N(s.Present), N(s.Excused), N(s.Absent), Rate(s.Present, s.Present + s.Excused + s.Absent)])],
            "residents" => [[T("Report:Resident"), T("Attendance:Present"), T("Attendance:Excused"), T("Attendance:Absent"), T("Report:Rate")],
                .. r.Residents.Select(x => (IEnumerable<string>)[Safe(x.Name), N(x.Present), N(x.Excused), N(x.Absent), Rate(x.Present, x.Present + x.Excused + x.Absent)])],
            "themes" => [[T("Report:Theme"), T("Report:Sessions"), T("Report:Locations")],
                .. r.Themes.Select(t => (IEnumerable<string>)[Safe(t.Theme), N(t.Sessions), Safe(string.Join(", ", t.Locations))])],
            "laundry" => [[T("Report:Location"), T("Report:Month"), T("Report:Bookings"), T("Report:NoShows"), T("Report:Residents")],
                .. r.Laundry.Select(l => (IEnumerable<string>)[Safe(l.Location), N(l.Month), N(l.Bookings), N(l.NoShows), N(l.Residents)])],
            _ => null,
        };
        if (rows is null)
        {
            return null;
        }

        await audit.RecordAsync(AuditAction.Export, "MeetingsReport", kind, $"{kind} {r.Year} (csv)", ct);
        return new CsvFile($"{T("Report:File:" + kind)}-{r.Year}.csv", Write(rows));
    }

    /// <summary>Present ÷ recorded as a percentage with one decimal and a comma (66,7); empty when nothing was recorded.</summary>
    public static string Rate(int present, int recorded) =>
        recorded == 0 ? string.Empty : Math.Round(100m * present / recorded, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.GetCultureInfo("nl-BE"));

    public static byte[] Write(IEnumerable<IEnumerable<string>> rows)
    {
        var bom = new UTF8Encoding(true);
        var text = string.Concat(rows.Select(row => string.Join(';', row.Select(Quote)) + "\r\n"));
        return [.. bom.GetPreamble(), .. bom.GetBytes(text)];
    }

    private static string Quote(string f) => f.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f;

    private static string Safe(string v) => v.Length > 0 && "=+-@\t\r".Contains(v[0], StringComparison.Ordinal) ? "'" + v : v;

    private static string N(int v) => v.ToString(CultureInfo.InvariantCulture);

    private string T(string key) => texts[key].Value;
}
