using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Host.Tests.Finance;
using Wmk.Host.Tests.Finance.Energy;
using Wmk.Host.Tests.Finance.FollowUp;
using Wmk.Host.Tests.Finance.Payments;

namespace Wmk.Host.Tests.Isolation;

/// <summary>The tenant-owned entities of the finance module (a new tenant gets its rent table by the seeder).</summary>
public static class FinanceIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
        new(typeof(FinanceDbContext), typeof(RentTable)),
        new(typeof(FinanceDbContext), typeof(RentLine)),
        new(typeof(FinanceDbContext), typeof(Charge), FinanceSeed.ChargeAsync),
        new(typeof(FinanceDbContext), typeof(PaymentReference), FinanceSeed.ChargeAsync),
        new(typeof(FinanceDbContext), typeof(Payment), PaymentsSeed.CodaImportAsync),
        new(typeof(FinanceDbContext), typeof(PaymentImport), PaymentsSeed.CodaImportAsync),
        new(typeof(FinanceDbContext), typeof(CsvMapping), PaymentsSeed.CsvMappingAsync),
        new(typeof(FinanceDbContext), typeof(ExtraCharge), sp => EnergySeed.ExtraChargeAsync(sp)),
        new(typeof(FinanceDbContext), typeof(ArrearsCase), FollowUpSeed.CaseAsync),
        new(typeof(FinanceDbContext), typeof(ArrearsStep), FollowUpSeed.CaseAsync),
        new(typeof(FinanceDbContext), typeof(PaymentPlan), FollowUpSeed.PlanAsync),
        new(typeof(FinanceDbContext), typeof(PlanInstalment), FollowUpSeed.PlanAsync),
        new(typeof(FinanceDbContext), typeof(PaymentPlanSignal), FollowUpSeed.PlanAsync),
    ];
}
