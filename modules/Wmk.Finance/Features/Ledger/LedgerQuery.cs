using Microsoft.EntityFrameworkCore;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Kernel.Settings;

namespace Wmk.Finance.Features.Ledger;

/// <summary>
/// Residents' accounts: every month's charge and extra charge against the matched payments. The one place that says
/// what a resident owes; follow-up, payment plans, reports and the counsellor's view all ask here.
/// </summary>
internal sealed class LedgerQuery(FinanceDbContext db, ISettingProvider settings)
{
    /// <summary>A resident's account lines oldest first with the running balance (an unknown resident has none).</summary>
    public async Task<IReadOnlyList<LedgerLine>> LinesAsync(Guid residentId, CancellationToken ct)
    {
        var book = await LoadAsync([residentId], DateOnly.MaxValue, ct);
        var lines = new List<LedgerLine>();
        var balance = 0m;
        foreach (var entry in book.Entries.OrderBy(e => e.On).ThenBy(e => e.Kind == LedgerKind.Payment).ThenBy(e => e.SourceId))
        {
            balance += entry.Debit - entry.Credit;
            lines.Add(new LedgerLine(entry.On, entry.Kind, entry.Detail, entry.Debit, entry.Credit, balance, entry.SourceId, entry.ContractId));
        }

        return lines;
    }

    /// <summary>
    /// The accounts on <paramref name="asOf"/> (charges and payments of that day included) of these residents, or of
    /// every resident with at least one line when null.
    /// </summary>
    public async Task<IReadOnlyList<ResidentBalance>> BalancesAsync(DateOnly asOf, IReadOnlyCollection<Guid>? residentIds, CancellationToken ct)
    {
        var book = await LoadAsync(residentIds, asOf, ct);
        var dueDay = await DueDayAsync(ct);
        return
        [
            .. book.Entries.GroupBy(e => e.ResidentId).Select(g =>
            {
                var charged = g.Sum(e => e.Debit);
                var paid = g.Sum(e => e.Credit);
                var overdue = Open(g, dueDay).Where(o => o.Due < asOf).ToList();
                return new ResidentBalance(
                    g.Key, book.Names[g.Key], charged, paid, charged - paid, overdue.Sum(o => o.Open), overdue.Count > 0 ? overdue.Min(o => o.Due) : null);
            }).OrderBy(b => b.ResidentName, StringComparer.CurrentCulture),
        ];
    }

    /// <summary>The unpaid debts on <paramref name="asOf"/> (due or not yet due) of these residents, or of all when null.</summary>
    public async Task<IReadOnlyList<ResidentOpenItem>> OpenItemsAsync(DateOnly asOf, IReadOnlyCollection<Guid>? residentIds, CancellationToken ct)
    {
        var book = await LoadAsync(residentIds, asOf, ct);
        var dueDay = await DueDayAsync(ct);
        return
        [
            .. book.Entries.GroupBy(e => e.ResidentId).SelectMany(g =>
            {
                var contracts = g.Where(e => e.Kind != LedgerKind.Payment).ToDictionary(e => e.SourceId, e => e.ContractId);
                return Open(g, dueDay).Select(o =>
                    new ResidentOpenItem(g.Key, book.Names[g.Key], contracts[o.SourceId], o, LedgerRules.DaysOverdue(o.Due, asOf)));
            }),
        ];
    }

    private static IReadOnlyList<OpenItem> Open(IEnumerable<Entry> entries, int dueDay)
    {
        var list = entries.ToList();
        var debits = list.Where(e => e.Kind != LedgerKind.Payment)
            .Select(e => new Debit(e.SourceId, e.Kind, e.Kind == LedgerKind.Rent ? LedgerRules.RentDue(e.Month, e.On, dueDay) : e.On, e.Debit - e.Credit));
        return LedgerRules.Allocate(debits, list.Where(e => e.Kind == LedgerKind.Payment).Sum(e => e.Credit - e.Debit));
    }

    private Task<int> DueDayAsync(CancellationToken ct) => settings.GetIntAsync(FinanceSettings.DueDay, ct);

    private async Task<Book> LoadAsync(IReadOnlyCollection<Guid>? residentIds, DateOnly asOf, CancellationToken ct)
    {
        var ids = residentIds?.Distinct().ToList();
        var charges = db.Charges.AsNoTracking().Where(c => c.From <= asOf);
        var extras = db.ExtraCharges.AsNoTracking().Where(c => c.On <= asOf);
        var payments = db.Payments.AsNoTracking().Where(p => p.Status == PaymentStatus.Matched && p.ResidentId != null && p.BookedOn <= asOf);
        if (ids is not null)
        {
            charges = charges.Where(c => ids.Contains(c.ResidentId));
            extras = extras.Where(c => ids.Contains(c.ResidentId));
            payments = payments.Where(p => ids.Contains(p.ResidentId!.Value));
        }

        var entries = new List<Entry>();
        var names = new Dictionary<Guid, string>();
        foreach (var c in await charges.Select(c => new { c.Id, c.ResidentId, c.ResidentName, c.ContractId, c.Month, c.From, c.Total }).ToListAsync(ct))
        {
            names[c.ResidentId] = c.ResidentName;
            entries.Add(new Entry(c.ResidentId, c.ContractId, c.From, c.Month, LedgerKind.Rent, c.Month.ToString("MM/yyyy"), c.Total, 0m, c.Id));
        }

        foreach (var c in await extras.Select(c => new { c.Id, c.ResidentId, c.ResidentName, c.ContractId, c.On, c.Kind, c.Description, c.Amount })
            .ToListAsync(ct))
        {
            names[c.ResidentId] = c.ResidentName;
            var (debit, credit) = c.Amount >= 0 ? (c.Amount, 0m) : (0m, -c.Amount);
            entries.Add(new Entry(c.ResidentId, c.ContractId, c.On, c.On, Kind(c.Kind), c.Description, debit, credit, c.Id));
        }

        foreach (var p in await payments.Select(p => new { p.Id, p.ResidentId, p.ContractId, p.BookedOn, p.Amount, p.CounterpartyName, p.Communication })
            .ToListAsync(ct))
        {
            var (debit, credit) = p.Amount >= 0 ? (0m, p.Amount) : (-p.Amount, 0m);
            names.TryAdd(p.ResidentId!.Value, p.CounterpartyName ?? string.Empty);
            entries.Add(new Entry(p.ResidentId.Value, p.ContractId ?? Guid.Empty, p.BookedOn, p.BookedOn, LedgerKind.Payment,
                p.CounterpartyName ?? p.Communication ?? string.Empty, debit, credit, p.Id));
        }

        return new Book(entries, names);
    }

    private static LedgerKind Kind(ExtraChargeKind kind) => kind switch
    {
        ExtraChargeKind.Damage => LedgerKind.Damage,
        ExtraChargeKind.Cleaning => LedgerKind.Cleaning,
        ExtraChargeKind.Key => LedgerKind.Key,
        ExtraChargeKind.EnergySettlement => LedgerKind.EnergySettlement,
        _ => LedgerKind.Other,
    };

    private sealed record Entry(
        Guid ResidentId, Guid ContractId, DateOnly On, DateOnly Month, LedgerKind Kind, string Detail, decimal Debit, decimal Credit, Guid SourceId);

    private sealed record Book(List<Entry> Entries, Dictionary<Guid, string> Names);
}
