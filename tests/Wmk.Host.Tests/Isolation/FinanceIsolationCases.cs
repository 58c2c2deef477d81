using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Host.Tests.Finance;
using Wmk.Host.Tests.Finance.Energy;

namespace Wmk.Host.Tests.Isolation;

/// <summary>The tenant-owned entities of the finance module (a new tenant gets its rent table by the seeder).</summary>
public static class FinanceIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
        new(typeof(FinanceDbContext), typeof(RentTable)),
        new(typeof(FinanceDbContext), typeof(RentLine)),
        new(typeof(FinanceDbContext), typeof(Charge), FinanceSeed.ChargeAsync),
        new(typeof(FinanceDbContext), typeof(ChargeLine), FinanceSeed.ChargeAsync),
        new(typeof(FinanceDbContext), typeof(PaymentReference), FinanceSeed.ChargeAsync),
        new(typeof(FinanceDbContext), typeof(Payment), FinanceSeed.LedgerRowsAsync),
        new(typeof(FinanceDbContext), typeof(PaymentImport), FinanceSeed.LedgerRowsAsync),
        new(typeof(FinanceDbContext), typeof(ExtraCharge), sp => EnergySeed.ExtraChargeAsync(sp)),
    ];
}
