using System.Globalization;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Auditing;

namespace Wmk.Finance.Features.Reports;

/// <summary>The finance reports as CSV (headers in the user's language); every download is audited as an export.</summary>
internal sealed class ReportsExport(ReportsHandler reports, IAuditLog audit, IStringLocalizer<FinanceResource> texts)
{
    public async Task<FinanceCsvFile> ArrearsAsync(DateOnly? asOf, CancellationToken ct)
    {
        var r = await reports.ArrearsAsync(asOf, ct);
        List<IReadOnlyList<string>> rows =
        [
            [texts["Reports:Resident"], .. r.Buckets.Select(b => texts["Reports:Days", b].Value), texts["Reports:Total"]],
            .. r.Rows.Select(x => (IReadOnlyList<string>)[FinanceCsv.Name(x.ResidentName), .. x.Buckets.Select(FinanceCsv.Amount), FinanceCsv.Amount(x.Total)]),
            [texts["Reports:Total"], .. r.Totals.Select(FinanceCsv.Amount), FinanceCsv.Amount(r.Total)],
        ];
        return await FileAsync("Arrears", r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), rows, ct);
    }

    public async Task<FinanceCsvFile> CollectedAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var r = await reports.CollectedAsync(from, to, ct);
        List<IReadOnlyList<string>> rows =
        [
            [texts["Reports:Month"], texts["Reports:Charged"], texts["Reports:Collected"], texts["Reports:Difference"]],
            .. r.Months.Select(m => (IReadOnlyList<string>)[FinanceCsv.Month(m.Month), FinanceCsv.Amount(m.Charged), FinanceCsv.Amount(m.Collected), FinanceCsv.Amount(m.Difference)]),
            [texts["Reports:Total"], FinanceCsv.Amount(r.Charged), FinanceCsv.Amount(r.Collected), FinanceCsv.Amount(r.Collected - r.Charged)],
        ];
        return await FileAsync("Collected", Span(r.Months[0].Month, r.Months[^1].Month), rows, ct);
    }

    public async Task<FinanceCsvFile> UnitsAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var r = await reports.UnitsAsync(from, to, ct);
        List<IReadOnlyList<string>> rows =
        [
            [texts["Reports:Unit"], texts["Reports:Charged"], texts["Reports:Cost"], texts["Reports:Result"]],
            .. r.Units.Select(u => (IReadOnlyList<string>)[FinanceCsv.Name(u.Address), FinanceCsv.Amount(u.Charged), FinanceCsv.Amount(u.Cost), FinanceCsv.Amount(u.Result)]),
            [texts["Reports:Total"], FinanceCsv.Amount(r.Charged), FinanceCsv.Amount(r.Cost), FinanceCsv.Amount(r.Result)],
        ];
        return await FileAsync("Units", Span(r.From, r.To), rows, ct);
    }

    public async Task<FinanceCsvFile> PayablesAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var r = await reports.PayablesAsync(from, to, ct);
        List<IReadOnlyList<string>> rows =
        [
            [texts["Reports:Month"], texts["Reports:Unit"], texts["Reports:AvailableDays"], texts["Reports:VacantDays"], texts["Reports:Fee"]],
            .. r.Fees.Select(f => (IReadOnlyList<string>)
                [FinanceCsv.Month(f.Month), FinanceCsv.Name(f.Address), f.AvailableDays.ToString(CultureInfo.InvariantCulture), f.VacantDays.ToString(CultureInfo.InvariantCulture), FinanceCsv.Amount(f.Fee)]),
            [texts["Reports:Total"], string.Empty, string.Empty, string.Empty, FinanceCsv.Amount(r.FeeTotal)],
            [],
            [texts["Reports:Month"], texts["Reports:SolidarityCharged"], texts["Reports:SolidarityCollected"]],
            .. r.Solidarity.Select(s => (IReadOnlyList<string>)[FinanceCsv.Month(s.Month), FinanceCsv.Amount(s.Charged), FinanceCsv.Amount(s.Collected)]),
            [texts["Reports:Total"], FinanceCsv.Amount(r.SolidarityCharged), FinanceCsv.Amount(r.SolidarityCollected)],
        ];
        return await FileAsync("Payables", Span(r.From, r.To), rows, ct);
    }

    private static string Span(DateOnly from, DateOnly to) => $"{from:yyyy-MM}_{to:yyyy-MM}";

    private async Task<FinanceCsvFile> FileAsync(string report, string span, IEnumerable<IReadOnlyList<string>> rows, CancellationToken ct)
    {
        var content = FinanceCsv.Bytes(rows);
        await audit.RecordAsync(AuditAction.Export, "FinanceReport", report, $"{report} {span} (csv)", ct);
        return new FinanceCsvFile($"{texts[$"Reports:File:{report}"]}-{span}.csv", content);
    }
}
