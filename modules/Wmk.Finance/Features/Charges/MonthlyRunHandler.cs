using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Payments;
using Wmk.Finance.Features.Quotes;
using Wmk.Finance.Features.RentTables;
using Wmk.Housing.Contracts;
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
        var ids = contracts.Select(c => c.ContractId).ToList();
        var existing = (await db.Charges.AsNoTracking().Where(c => c.Month == first && ids.Contains(c.ContractId)).Select(c => c.ContractId)
            .ToListAsync(ct)).ToHashSet();
        var created = 0;
        var skipped = new List<SkippedContract>();
        foreach (var contract in contracts.Where(c => !existing.Contains(c.ContractId)))
        {
            var errors = new List<RuleError>();
            var charge = await ChargeAsync(contract, first, errors, ct);
            if (charge is null)
            {
                skipped.Add(new(contract.ContractId, contract.ResidentName, string.Join(" ", errors.Select(e => texts[e.Key, [.. e.Args.Select(RuleError.Format)]].Value))));
                continue;
            }

            if (await SaveOnceAsync(charge, ct))
            {
                created++;
            }
            else
            {
                existing.Add(contract.ContractId);
            }

            await references.ForContractAsync(contract.ContractId, ct);
        }

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

        return [.. (await db.Charges.AsNoTracking().Include(c => c.Lines).Where(c => c.Month >= first && c.Month <= last).ToListAsync(ct))
            .OrderBy(c => c.Month).ThenBy(c => c.ResidentName, StringComparer.CurrentCulture).Select(ChargeView.Of)];
    }

    private async Task<Charge?> ChargeAsync(ChargeableOccupancy contract, DateOnly month, List<RuleError> errors, CancellationToken ct)
    {
        var table = await tables.ValidOnAsync(contract.Unit.HousingCompanyId, month, ct);
        if (table is null)
        {
            errors.Add(new("RentTable:None", month));
            return null;
        }

        var household = contract.Unit.Shared ? contract.Occupants : 1;
        var lines = QuoteRules.Lines(table.Lines, contract.Unit.Bedrooms, contract.Unit.Forfait, household, errors);
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
