using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Payments;
using Wmk.Finance.Features.Quotes;
using Wmk.Finance.Features.RentTables;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Data;
using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.Charges;

/// <summary>
/// Creates the month's charge of every contract covering a day of the month, from the table valid on the first of the
/// month. Idempotent: a contract's charge of a month exists once (unique key); a second run or a run after a crash adds
/// only the missing ones. Every charged contract gets its payment reference.
/// </summary>
internal sealed class MonthlyRunHandler(
    FinanceDbContext db, IOccupancy occupancy, RentTablesHandler tables, PaymentReferencesHandler references, TimeProvider clock,
    IStringLocalizer<FinanceResource> texts)
{
    public async Task<MonthlyRunResult> RunAsync(DateOnly month, CancellationToken ct)
    {
        var first = ChargeRules.MonthOf(month);
        var contracts = await occupancy.ChargeableAsync(first, ChargeRules.LastDayOf(first), null, ct);
        var charged = (await db.Charges.AsNoTracking().Where(c => c.Month == first).Select(c => c.ContractId).ToListAsync(ct)).ToHashSet();
        var existing = contracts.Select(c => c.ContractId).Where(charged.Contains).ToHashSet();
        var todo = contracts.Where(c => !existing.Contains(c.ContractId)).ToList();
        var forfaits = await ForfaitsAsync(todo, first, ct);
        var tableOf = new Dictionary<Guid, RentTableView?>();
        var charges = new List<Charge>();
        var skipped = new List<SkippedContract>();
        foreach (var contract in todo)
        {
            var company = contract.Unit.HousingCompanyId;
            if (!tableOf.TryGetValue(company, out var table))
            {
                tableOf[company] = table = await tables.ValidOnAsync(company, first, ct);
            }

            var errors = new List<RuleError>();
            if (Charge(contract, table, forfaits.GetValueOrDefault(contract.Unit.UnitId, contract.Unit.Forfait), first, errors) is { } charge)
            {
                charges.Add(charge);
            }
            else
            {
                skipped.Add(new(contract.ContractId, contract.ResidentName, string.Join(" ", errors.Select(e => texts[e.Key, [.. e.Args.Select(RuleError.Format)]].Value))));
            }
        }

        var created = await SaveAllAsync(charges, existing, ct);
        await references.ForContractsAsync([.. charges.Select(c => c.ContractId)], ct);
        return new MonthlyRunResult(first, created, existing.Count, skipped);
    }

    /// <summary>The charges of the months from <paramref name="from"/> to <paramref name="to"/> (that month only when null).</summary>
    public async Task<IReadOnlyList<ChargeView>> ListAsync(DateOnly from, DateOnly? to, CancellationToken ct)
    {
        var first = ChargeRules.MonthOf(from);
        var last = ChargeRules.MonthOf(to ?? from);
        if (last < first)
        {
            new List<RuleError> { new("Charges:Order") }.ThrowIfAny(texts);
        }

        return [.. (await db.Charges.AsNoTracking().Where(c => c.Month >= first && c.Month <= last).ToListAsync(ct))
            .OrderBy(c => c.Month).ThenBy(c => c.ResidentName, StringComparer.CurrentCulture).Select(ChargeView.Of)];
    }

    private Charge? Charge(ChargeableOccupancy contract, RentTableView? table, decimal forfait, DateOnly month, List<RuleError> errors)
    {
        if (table is null)
        {
            errors.Add(new("RentTable:None", month));
            return null;
        }

        var household = contract.Unit.Shared ? contract.Occupants : 1;
        var lines = QuoteRules.Lines(table.Lines, contract.Unit.Bedrooms, forfait, household, errors);
        if (errors.Count > 0 || ChargeRules.For(lines, month, contract.Start, contract.LastDay) is not { } amounts)
        {
            return null;
        }

        return new Charge
        {
            ContractId = contract.ContractId, ResidentId = contract.ResidentId, ResidentName = contract.ResidentName, Month = month,
            From = amounts.From, To = amounts.To, Total = amounts.Total, RentTableId = table.Id, CreatedAt = clock.GetUtcNow(),
            Lines = [.. amounts.Lines.Select((l, i) => new ChargeLine { Position = i + 1, Name = l.Name, Amount = l.Amount })],
        };
    }

    /// <summary>The forfait of each unit valid in the month where a forfait version (energy review) replaces the unit's own.</summary>
    private async Task<Dictionary<Guid, decimal>> ForfaitsAsync(IReadOnlyCollection<ChargeableOccupancy> contracts, DateOnly month, CancellationToken ct)
    {
        if (contracts.Count == 0 || !await db.EnergyForfaits.AnyAsync(ct))
        {
            return [];
        }

        var units = contracts.Select(c => c.Unit.UnitId).Distinct().ToList();
        return (await db.EnergyForfaits.AsNoTracking().Where(f => units.Contains(f.UnitId) && f.ValidFrom <= month).ToListAsync(ct))
            .GroupBy(f => f.UnitId).ToDictionary(g => g.Key, g => g.MaxBy(f => f.ValidFrom)!.Amount);
    }

    /// <summary>
    /// Saves the charges (their lines inside) in one bulk insert (<c>COPY</c> on PostgreSQL); when a parallel run stored some
    /// first (the unique key), nothing of it is written and the charges are saved one by one, counting the ones already
    /// there as existing. Returns how many this run created.
    /// </summary>
    private async Task<int> SaveAllAsync(List<Charge> charges, HashSet<Guid> existing, CancellationToken ct)
    {
        if (charges.Count == 0)
        {
            return 0;
        }

        try
        {
            await db.InsertAsync([charges], ct);
            return charges.Count;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }

        var created = 0;
        foreach (var charge in charges)
        {
            if (await SaveOnceAsync(charge, ct))
            {
                created++;
            }
            else
            {
                existing.Add(charge.ContractId);
            }
        }

        return created;
    }

    /// <summary>Saves one charge; false when a parallel run stored the same contract and month first (the unique key).</summary>
    private async Task<bool> SaveOnceAsync(Charge charge, CancellationToken ct)
    {
        db.Charges.Add(charge);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Charges.AnyAsync(c => c.ContractId == charge.ContractId && c.Month == charge.Month, ct))
            {
                return false;
            }

            throw;
        }
    }
}
