using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;

namespace Wmk.Finance.Features.Payments;

internal sealed record PaymentReferenceView(Guid ContractId, string Digits, string Communication);

/// <summary>Gives a contract its structured communication once: a random number, unique within the tenant.</summary>
internal sealed class PaymentReferencesHandler(FinanceDbContext db)
{
    public async Task<PaymentReferenceView> ForContractAsync(Guid contractId, CancellationToken ct)
    {
        var reference = await db.PaymentReferences.AsNoTracking().SingleOrDefaultAsync(r => r.ContractId == contractId, ct);
        while (reference is null)
        {
            var digits = StructuredCommunication.Digits((RandomNumberGenerator.GetInt32(0, 1_000_000) * 10_000L) + RandomNumberGenerator.GetInt32(0, 10_000));
            if (await db.PaymentReferences.AnyAsync(r => r.Digits == digits, ct))
            {
                continue;
            }

            reference = new PaymentReference { ContractId = contractId, Digits = digits };
            db.PaymentReferences.Add(reference);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                reference = await db.PaymentReferences.AsNoTracking().SingleOrDefaultAsync(r => r.ContractId == contractId, ct);
            }
        }

        return new PaymentReferenceView(contractId, reference.Digits, StructuredCommunication.Format(reference.Digits));
    }

    /// <summary>
    /// Gives every contract of <paramref name="contractIds"/> without a reference one, in one save (the monthly run); when
    /// a parallel run stored one first, falls back to <see cref="ForContractAsync"/> contract by contract.
    /// </summary>
    public async Task ForContractsAsync(IReadOnlyCollection<Guid> contractIds, CancellationToken ct)
    {
        var ids = contractIds.Distinct().ToList();
        var have = (await db.PaymentReferences.AsNoTracking().Where(r => ids.Contains(r.ContractId)).Select(r => r.ContractId).ToListAsync(ct)).ToHashSet();
        var missing = ids.Where(id => !have.Contains(id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var drawn = new HashSet<string>();
        while (drawn.Count < missing.Count)
        {
            drawn.Add(StructuredCommunication.Digits((RandomNumberGenerator.GetInt32(0, 1_000_000) * 10_000L) + RandomNumberGenerator.GetInt32(0, 10_000)));
        }

        var list = drawn.ToList();
        var taken = (await db.PaymentReferences.AsNoTracking().Where(r => list.Contains(r.Digits)).Select(r => r.Digits).ToListAsync(ct)).ToHashSet();
        var free = list.Where(d => !taken.Contains(d)).ToList();
        db.PaymentReferences.AddRange(missing.Zip(free, (contract, digits) => new PaymentReference { ContractId = contract, Digits = digits }));
        var saved = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            saved = false;
        }

        foreach (var contract in saved ? missing.Skip(free.Count) : missing)
        {
            await ForContractAsync(contract, ct);
        }
    }
}
