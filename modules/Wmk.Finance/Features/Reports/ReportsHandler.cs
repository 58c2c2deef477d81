using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Charges;
using Wmk.Finance.Features.Ledger;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Settings;

namespace Wmk.Finance.Features.Reports;

/// <summary>
/// The finance reports: arrears by age (from <see cref="LedgerQuery.OpenItemsAsync"/>), collected against charged per
/// month, income against cost per unit, and the payables (technical manager fees including friction vacancy, solidarity
/// contributions charged and collected). Periods are whole months, at most <see cref="MaxMonths"/>.
/// </summary>
internal sealed class ReportsHandler(
    FinanceDbContext db, LedgerQuery ledger, IOccupancy occupancy, ISettingProvider settings, TimeProvider clock, IStringLocalizer<FinanceResource> texts)
{
    public const int MaxMonths = 36;

    public async Task<ArrearsReport> ArrearsAsync(DateOnly? asOf, CancellationToken ct)
    {
        var day = asOf ?? clock.Today();
        var overdue = (await ledger.OpenItemsAsync(day, null, ct)).Where(o => o.DaysOverdue > 0).ToList();
        var rows = overdue.GroupBy(o => o.ResidentId).Select(g =>
        {
            var buckets = new decimal[ReportRules.Buckets.Count];
            foreach (var item in g)
            {
                buckets[ReportRules.Bucket(item.DaysOverdue)] += item.Item.Open;
            }

            return new ArrearsRow(g.Key, g.First().ResidentName, buckets, buckets.Sum());
        }).OrderByDescending(r => r.Total).ThenBy(r => r.ResidentName, StringComparer.CurrentCulture).ToList();
        var totals = Enumerable.Range(0, ReportRules.Buckets.Count).Select(i => rows.Sum(r => r.Buckets[i])).ToList();
        return new ArrearsReport(day, ReportRules.Buckets, rows, totals, totals.Sum());
    }

    public async Task<CollectedReport> CollectedAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var months = Period(from, to);
        var (first, last) = (months[0], ChargeRules.LastDayOf(months[^1]));
        var charges = await db.Charges.AsNoTracking().Where(c => c.Month >= first && c.Month <= last).Select(c => new { c.Month, c.Total }).ToListAsync(ct);
        var extras = await db.ExtraCharges.AsNoTracking().Where(c => c.On >= first && c.On <= last).Select(c => new { c.On, c.Amount }).ToListAsync(ct);
        var payments = await db.Payments.AsNoTracking().Where(p => p.Status == PaymentStatus.Matched && p.BookedOn >= first && p.BookedOn <= last)
            .Select(p => new { p.BookedOn, p.Amount }).ToListAsync(ct);
        var rows = months.Select(m =>
        {
            var charged = charges.Where(c => c.Month == m).Sum(c => c.Total) + extras.Where(e => ChargeRules.MonthOf(e.On) == m).Sum(e => e.Amount);
            var collected = payments.Where(p => ChargeRules.MonthOf(p.BookedOn) == m).Sum(p => p.Amount);
            return new CollectedRow(m, charged, collected, collected - charged);
        }).ToList();
        return new CollectedReport(rows, rows.Sum(r => r.Charged), rows.Sum(r => r.Collected));
    }

    public async Task<UnitIncomeReport> UnitsAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var months = Period(from, to);
        var (first, last) = (months[0], ChargeRules.LastDayOf(months[^1]));
        var units = await occupancy.AvailableUnitsAsync(first, last, ct);
        var contracts = await occupancy.ChargeableAsync(first, last, null, ct);
        var unitOf = contracts.ToDictionary(c => c.ContractId, c => c.Unit.UnitId);
        var charged = (await db.Charges.AsNoTracking().Where(c => c.Month >= first && c.Month <= last).Select(c => new { c.ContractId, c.Total }).ToListAsync(ct))
            .Where(c => unitOf.ContainsKey(c.ContractId)).GroupBy(c => unitOf[c.ContractId]).ToDictionary(g => g.Key, g => g.Sum(c => c.Total));
        var addresses = units.ToDictionary(u => u.UnitId, u => u.Address);
        foreach (var c in contracts)
        {
            addresses.TryAdd(c.Unit.UnitId, c.Unit.Address);
        }

        var costs = units.ToDictionary(u => u.UnitId, u => months.Sum(m => ReportRules.Payable(u.MonthlyFee, m, u.AvailableFrom, u.AvailableUntil)));
        var rows = addresses.Select(a =>
        {
            var (income, cost) = (charged.GetValueOrDefault(a.Key), costs.GetValueOrDefault(a.Key));
            return new UnitIncomeRow(a.Key, a.Value, income, cost, income - cost);
        }).OrderBy(r => r.Address, StringComparer.CurrentCulture).ToList();
        return new UnitIncomeReport(first, last, rows, rows.Sum(r => r.Charged), rows.Sum(r => r.Cost), rows.Sum(r => r.Result));
    }

    public async Task<PayablesReport> PayablesAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var months = Period(from, to);
        var (first, last) = (months[0], ChargeRules.LastDayOf(months[^1]));
        var units = await occupancy.AvailableUnitsAsync(first, last, ct);
        var stays = (await occupancy.ChargeableAsync(first, last, null, ct)).ToLookup(c => c.Unit.UnitId, c => (c.Start, c.LastDay));
        var fees = months.SelectMany(m => units.Select(u => new PayableRow(
                m, u.UnitId, u.Address, ReportRules.DaysIn(m, u.AvailableFrom, u.AvailableUntil), ReportRules.VacantDays(m, u.AvailableFrom, u.AvailableUntil, stays[u.UnitId]),
                ReportRules.Payable(u.MonthlyFee, m, u.AvailableFrom, u.AvailableUntil))))
            .Where(r => r.AvailableDays > 0).OrderBy(r => r.Month).ThenBy(r => r.Address, StringComparer.CurrentCulture).ToList();
        var solidarity = await SolidarityAsync(months, ct);
        return new PayablesReport(first, last, fees, fees.Sum(f => f.Fee), solidarity, solidarity.Sum(s => s.Charged), solidarity.Sum(s => s.Collected));
    }

    /// <summary>The charge lines named like the setting <c>Finance.SolidarityLine</c>, and their paid share today (oldest-first allocation).</summary>
    private async Task<List<SolidarityRow>> SolidarityAsync(IReadOnlyList<DateOnly> months, CancellationToken ct)
    {
        var name = Text.Clean(await settings.GetAsync(FinanceSettings.SolidarityLine, ct)) ?? "-";
        var (first, last) = (months[0], months[^1]);
        var lines = (await db.Charges.AsNoTracking().Where(c => c.Month >= first && c.Month <= last).ToListAsync(ct))
            .SelectMany(c => c.Lines.Select(l => new { c.Id, c.Month, c.Total, l.Name, l.Amount }))
            .Where(l => l.Name.StartsWith(name, StringComparison.CurrentCultureIgnoreCase)).ToList();
        var open = lines.Count == 0
            ? []
            : (await ledger.OpenItemsAsync(clock.Today(), null, ct)).GroupBy(o => o.Item.SourceId).ToDictionary(g => g.Key, g => g.Sum(o => o.Item.Open));
        return
        [
            .. months.Select(m =>
            {
                var month = lines.Where(l => l.Month == m).ToList();
                return new SolidarityRow(m, month.Sum(l => l.Amount),
                    Money.Cents(month.Sum(l => ReportRules.PaidShare(l.Amount, l.Total, open.GetValueOrDefault(l.Id)))));
            }),
        ];
    }

    /// <summary>The months of a period (default: the current year up to this month); more than 36 months or the wrong order is a 400.</summary>
    private List<DateOnly> Period(DateOnly? from, DateOnly? to)
    {
        var today = clock.Today();
        var months = ReportRules.Months(from ?? new DateOnly(today.Year, 1, 1), to ?? today);
        if (months.Count == 0)
        {
            new List<RuleError> { new("Charges:Order") }.ThrowIfAny(texts);
        }
        else if (months.Count > MaxMonths)
        {
            new List<RuleError> { new("Reports:TooLong", MaxMonths) }.ThrowIfAny(texts);
        }

        return [.. months];
    }
}
