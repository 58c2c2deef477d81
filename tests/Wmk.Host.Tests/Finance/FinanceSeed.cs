using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Charges;
using Wmk.Host.Tests.Housing;

namespace Wmk.Host.Tests.Finance;

/// <summary>Creates finance rows through the module's handlers, inside the current tenant.</summary>
internal static class FinanceSeed
{
    /// <summary>A solo contract from 26/11/2026 and the November run: a charge, its lines and the contract's payment reference.</summary>
    public static async Task ChargeAsync(IServiceProvider sp)
    {
        await HousingSeed.ContractAsync(sp);
        await sp.GetRequiredService<MonthlyRunHandler>().RunAsync(HousingSeed.Today, default);
    }

    /// <summary>An imported payment line and an extra charge, written straight through the context (the ledger's own rows).</summary>
    public static async Task LedgerRowsAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<FinanceDbContext>();
        var import = new PaymentImport { Source = PaymentSource.Coda, FileName = "isolatie.cod", FileHash = Guid.NewGuid().ToString("N"), Lines = 1 };
        db.PaymentImports.Add(import);
        db.Payments.Add(new Payment
        {
            BookedOn = HousingSeed.Today, Amount = 12.5m, Source = PaymentSource.Coda, Status = PaymentStatus.Unmatched, ImportId = import.Id,
            ExternalKey = import.FileHash + ":1", CounterpartyName = "Isolatie",
        });
        db.ExtraCharges.Add(new ExtraCharge
        {
            ContractId = Guid.NewGuid(), ResidentId = Guid.NewGuid(), ResidentName = "Isolatie", Kind = ExtraChargeKind.Key, On = HousingSeed.Today,
            Amount = 25m, Description = "Sleutel",
        });
        await db.SaveChangesAsync();
    }
}
