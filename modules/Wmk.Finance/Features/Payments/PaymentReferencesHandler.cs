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
}
