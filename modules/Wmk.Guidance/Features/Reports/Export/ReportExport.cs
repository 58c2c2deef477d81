using System.Globalization;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Reports.Caseload;
using Wmk.Guidance.Features.Reports.Occupancy;
using Wmk.Guidance.Features.Reports.Outflow;
using Wmk.Guidance.Features.Reports.Wait;
using Wmk.Kernel.Auditing;

namespace Wmk.Guidance.Features.Reports.Export;

/// <summary>A downloadable report.</summary>
internal sealed record CsvFile(string FileName, byte[] Content);

/// <summary>The reports as CSV (headers in the user's language), each download audited as an export.</summary>
internal sealed class ReportExport(
    OutflowHandler outflow, OccupancyHandler occupancy, WaitHandler wait, CaseloadHandler caseload, IAuditLog audit,
    IStringLocalizer<GuidanceResource> texts)
{
    public async Task<CsvFile> OutflowAsync(int? year, int? years, CancellationToken ct)
    {
        var view = await outflow.GetAsync(year, years, ct);
        var total = view.Years.Count > 1;
        List<IEnumerable<string>> rows =
        [
            [texts["Reports:Outflow:Destination"], .. view.Years.Select(Csv.Number), .. total ? [texts["Reports:Total"].Value] : Array.Empty<string>()],
            .. view.Rows.Select(r => (IEnumerable<string>)
                [texts[OutflowTable.Key(r.Destination)], .. r.Counts.Select(Csv.Number), .. total ? [Csv.Number(r.Total)] : Array.Empty<string>()]),
            [texts["Reports:Total"], .. view.Totals.Select(Csv.Number), .. total ? [Csv.Number(view.Total)] : Array.Empty<string>()],
        ];
        var span = view.Years.Count > 1 ? $"{view.Years[0]}-{view.Years[^1]}" : Csv.Number(view.Years[0]);
        return await AuditedAsync("Outflow", span, rows, ct);
    }

    public async Task<CsvFile> OccupancyAsync(int? year, CancellationToken ct)
    {
        var view = await occupancy.GetAsync(year, ct);
        var culture = CultureInfo.CurrentUICulture.DateTimeFormat;
        List<IEnumerable<string>> rows =
        [
            [texts["Reports:Occupancy:Month"], texts["Reports:Occupancy:ResidentDays"], texts["Reports:Occupancy:PlaceDays"], texts["Reports:Occupancy:Rate"]],
            .. view.Months.Select(m => (IEnumerable<string>)
                [culture.GetMonthName(m.Month), Csv.Number(m.ResidentDays), Csv.Number(m.PlaceDays), Csv.Number(m.Rate)]),
            [texts["Reports:Total"], Csv.Number(view.Total.ResidentDays), Csv.Number(view.Total.PlaceDays), Csv.Number(view.Total.Rate)],
        ];
        return await AuditedAsync("Occupancy", Csv.Number(view.Year), rows, ct);
    }

    public async Task<CsvFile> WaitAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var view = await wait.GetAsync(from, to, ct);
        List<IEnumerable<string>> rows =
        [
            [texts["Reports:Wait:Figure"], texts["Reports:Wait:Value"]],
            [texts["Reports:Wait:From"], Csv.Date(view.From)],
            [texts["Reports:Wait:To"], Csv.Date(view.To)],
            [texts["Reports:Wait:Started"], Csv.Number(view.Started)],
            [texts["Reports:Wait:MeanDays"], Csv.Number(view.MeanDays)],
            [texts["Reports:Wait:MedianDays"], Csv.Number(view.MedianDays)],
            [texts["Reports:Wait:Waiting"], Csv.Number(view.Waiting)],
            [texts["Reports:Wait:MeanDaysWaiting"], Csv.Number(view.MeanDaysWaiting)],
        ];
        return await AuditedAsync("Wait", $"{view.From:yyyy-MM-dd}-{view.To:yyyy-MM-dd}", rows, ct);
    }

    public async Task<CsvFile> CaseloadAsync(CancellationToken ct)
    {
        var view = await caseload.GetAsync(ct);
        List<IEnumerable<string>> rows =
        [
            [texts["Reports:Caseload:Worker"], texts["Reports:Caseload:Residents"]],
            .. view.Rows.Select(r => (IEnumerable<string>)[Csv.Text(r.Name), Csv.Number(r.Residents)]),
            [texts["Reports:Caseload:Unassigned"], Csv.Number(view.Unassigned)],
            [texts["Reports:Total"], Csv.Number(view.Total)],
        ];
        return await AuditedAsync("Caseload", $"{view.Day:yyyy-MM-dd}", rows, ct);
    }

    private async Task<CsvFile> AuditedAsync(string report, string span, IEnumerable<IEnumerable<string>> rows, CancellationToken ct)
    {
        var content = Csv.Write(rows);
        await audit.RecordAsync(AuditAction.Export, "GuidanceReport", report, $"{report} {span} (csv)", ct);
        return new CsvFile($"{texts[$"Reports:File:{report}"]}-{span}.csv", content);
    }
}
