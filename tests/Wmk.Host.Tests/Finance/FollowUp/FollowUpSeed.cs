using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Charges;
using Wmk.Finance.Features.FollowUp;
using Wmk.Host.Tests.Guidance;
using Wmk.Kernel.Localization;
using Wmk.Testing;

namespace Wmk.Host.Tests.Finance.FollowUp;

/// <summary>Residents with a charged month, matched payments and follow-up rows for the follow-up tests.</summary>
internal static class FollowUpSeed
{
    /// <summary>The first day of the month after the host's today (the test clock only moves forward).</summary>
    public static DateOnly NextMonth(WmkTestHost host)
    {
        var today = host.Clock.Today();
        return new DateOnly(today.Year, today.Month, 1).AddMonths(1);
    }

    /// <summary>A resident (with e-mail and counsellor e-mail) whose contract covers <paramref name="month"/>, and that month's charge (€ 327).</summary>
    public static async Task<(Guid Resident, Guid Contract)> ChargedResidentAsync(
        IServiceProvider sp, DateOnly month, string? email = null, string? counsellorEmail = null, Guid? counsellor = null)
    {
        var ids = await EndingSeed.ResidentWithContractAsync(sp, month.AddMonths(8), counsellor, email, counsellorEmail);
        await sp.GetRequiredService<MonthlyRunHandler>().RunAsync(month, default);
        return ids;
    }

    /// <summary>A matched payment of the resident (as the payment matching leaves it).</summary>
    public static async Task PayAsync(IServiceProvider sp, Guid resident, Guid contract, decimal amount, DateOnly on)
    {
        var db = sp.GetRequiredService<FinanceDbContext>();
        db.Payments.Add(new Payment
        {
            BookedOn = on, Amount = amount, Source = PaymentSource.Manual, Status = PaymentStatus.Matched, ContractId = contract, ResidentId = resident,
            CounterpartyName = "Bewoner", ExternalKey = Guid.NewGuid().ToString("N"),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The follow-up job for one tenant, as the scheduler runs it.</summary>
    public static async Task RunJobAsync(WmkTestHost host, TestTenant tenant) =>
        (await host.RunTenantJobAsync("Finance.FollowUpJob", tenant.Info)).ShouldBeTrue();

    /// <summary>The resident's steps (kind, day), oldest first.</summary>
    public static async Task<List<(ArrearsStepKind Kind, DateOnly On)>> StepsAsync(WmkTestHost host, TestTenant tenant, Guid resident) =>
        [.. (await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<FinanceDbContext>().ArrearsSteps.AsNoTracking()
            .Where(s => s.ResidentId == resident).ToListAsync()))
            .OrderBy(s => s.On).ThenBy(s => s.RecordedAt).Select(s => (s.Kind, s.On))];

    /// <summary>A case with an automatic step, written straight through the context (isolation suite).</summary>
    public static async Task CaseAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<FinanceDbContext>();
        var arrears = new ArrearsCase { ResidentId = Guid.NewGuid(), ContractId = Guid.NewGuid(), ResidentName = "Isolatie", OpenedOn = new(2026, 12, 15) };
        arrears.Steps.Add(new ArrearsStep
        {
            ResidentId = arrears.ResidentId, Kind = ArrearsStepKind.Message, On = arrears.OpenedOn,
            MonthKey = FollowUpRules.MonthKey(ArrearsStepKind.Message, arrears.OpenedOn),
        });
        db.ArrearsCases.Add(arrears);
        await db.SaveChangesAsync();
    }

    /// <summary>A plan with one instalment and a signal, written straight through the context (isolation suite).</summary>
    public static async Task PlanAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<FinanceDbContext>();
        var plan = new PaymentPlan { ResidentId = Guid.NewGuid(), ResidentName = "Isolatie", Purpose = PlanPurpose.Rent, Total = 100m, StartsOn = new(2026, 12, 1) };
        plan.Instalments.Add(new PlanInstalment { Number = 1, Due = plan.StartsOn, Amount = 100m });
        plan.Signals.Add(new PaymentPlanSignal { ResidentId = plan.ResidentId, Month = plan.StartsOn, RaisedOn = new(2026, 12, 15), Due = 100m });
        db.PaymentPlans.Add(plan);
        await db.SaveChangesAsync();
    }
}
