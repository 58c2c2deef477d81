using Microsoft.EntityFrameworkCore;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Ledger;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Localization;

namespace Wmk.Finance.Features.Payments.Matching;

/// <summary>
/// Runs <see cref="PaymentMatchRules"/> over new payment lines: loads the payment references the lines name, the
/// residents of those contracts and the open debts once, then sets each line's status, contract and resident.
/// </summary>
internal sealed class PaymentMatcher(FinanceDbContext db, LedgerQuery ledger, IOccupancy occupancy, TimeProvider clock)
{
    public async Task MatchAsync(IReadOnlyList<Payment> payments, CancellationToken ct)
    {
        var digits = payments.Select(p => p.StructuredDigits).OfType<string>().Distinct().ToList();
        var references = digits.Count == 0
            ? []
            : await db.PaymentReferences.AsNoTracking().Where(r => digits.Contains(r.Digits)).Select(r => new { r.Digits, r.ContractId }).ToListAsync(ct);
        var residents = await ResidentsAsync([.. references.Select(r => r.ContractId)], ct);
        var byDigits = references.Where(r => residents.ContainsKey(r.ContractId))
            .ToDictionary(r => r.Digits, r => new ContractResident(r.ContractId, residents[r.ContractId]));
        var debts = new DebtIndex(payments.Any(p => p.StructuredDigits is null || !byDigits.ContainsKey(p.StructuredDigits))
            ? (await ledger.OpenItemsAsync(clock.Today(), null, ct)).Select(o => new OpenDebt(o.ContractId, o.ResidentId, o.ResidentName, o.Item.Amount, o.Item.Open))
            : []);
        foreach (var payment in payments)
        {
            var result = PaymentMatchRules.Match(new MatchLine(payment.Amount, payment.StructuredDigits, payment.CounterpartyName), byDigits, debts);
            (payment.Status, payment.ContractId, payment.ResidentId) = (result.Status, result.ContractId, result.ResidentId);
        }
    }

    /// <summary>The resident of a contract of this tenant, or null when the tenant has no such contract.</summary>
    public async Task<ContractResident?> ResidentOfAsync(Guid contractId, CancellationToken ct) =>
        (await ResidentsAsync([contractId], ct)).TryGetValue(contractId, out var resident) ? new ContractResident(contractId, resident) : null;

    /// <summary>Contract → resident: from the contracts' charges, else from housing (a contract not yet charged).</summary>
    private async Task<Dictionary<Guid, Guid>> ResidentsAsync(IReadOnlyCollection<Guid> contractIds, CancellationToken ct)
    {
        if (contractIds.Count == 0)
        {
            return [];
        }

        var ids = contractIds.Distinct().ToList();
        var found = (await db.Charges.AsNoTracking().Where(c => ids.Contains(c.ContractId)).Select(c => new { c.ContractId, c.ResidentId }).Distinct()
            .ToListAsync(ct)).ToDictionary(c => c.ContractId, c => c.ResidentId);
        foreach (var id in ids.Where(i => !found.ContainsKey(i)))
        {
            if ((await occupancy.ChargeableAsync(DateOnly.MinValue, DateOnly.MaxValue, id, ct)).FirstOrDefault() is { } contract)
            {
                found[id] = contract.ResidentId;
            }
        }

        return found;
    }
}
