using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Charges;
using Wmk.Finance.Features.FollowUp;
using Wmk.Finance.Features.PaymentPlans;
using Wmk.Guidance.Contracts;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Guidance.Stay;
using Wmk.Testing;

namespace Wmk.Host.Tests.Finance.FollowUp;

/// <summary>Payment plans: schedules through the API, the monthly check's signal (once), keeping a plan, bad input.</summary>
public sealed class PaymentPlanTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateOnly December = new(2026, 12, 1);

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_missed_instalment_raises_one_signal_shown_on_the_follow_up_page_and_as_a_task_until_the_plan_is_kept(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var late = await StayHttp.StartedAsync(host, tenant, staff, "Laat");
        var onTime = await StayHttp.StartedAsync(host, tenant, staff, "Stipt");
        await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<MonthlyRunHandler>().RunAsync(December, default));
        var plans = new List<PaymentPlanView>();
        foreach (var r in new[] { late.Id, onTime.Id })
        {
            plans.Add(await (await staff.PostAsJsonAsync("/api/v1/finance/payment-plans",
                new PaymentPlanInput(r, PlanPurpose.DamageOrCleaning, 300m, December, 3, null, "Schade deur"))).ReadAsync<PaymentPlanView>());
        }

        await host.InTenantAsync(tenant.Info, async sp =>
        {
            await FollowUpSeed.PayAsync(sp, late.Id, late.ContractId, 327m, December.AddDays(4));
            await FollowUpSeed.PayAsync(sp, onTime.Id, onTime.ContractId, 427m, December.AddDays(4));
        });
        var fifteenth = December.AddDays(14);
        var first = await CheckAsync(host, tenant, fifteenth);
        var again = await CheckAsync(host, tenant, fifteenth.AddDays(1));

        first.Signals.ShouldBe(1);
        again.Signals.ShouldBe(0);
        var signalled = (await staff.GetFromJsonAsync<PaymentPlanView>($"/api/v1/finance/payment-plans/{plans[0].Id}"))!;
        var signal = signalled.Signals.Single();
        (signal.Due, signal.Covered, signal.Month).ShouldBe((100m, 0m, December));
        (await staff.GetFromJsonAsync<PaymentPlanView>($"/api/v1/finance/payment-plans/{plans[1].Id}"))!.Signals.ShouldBeEmpty();
        var overview = (await staff.GetFromJsonAsync<FollowUpOverview>("/api/v1/finance/follow-up"))!;
        overview.Signals.Single().PlanId.ShouldBe(plans[0].Id);
        var work = await host.InTenantAsync(tenant.Info, sp => sp.GetServices<IDueWorkSource>().OfType<PlanSignalWork>().Single().DueAsync(fifteenth, default));
        work.Single().ShouldBe(new DueWork(PlanSignalWork.Kind, signal.Id, work[0].CandidateId, late.Id, null, fifteenth));
        WebUtility.HtmlDecode(await staff.GetStringAsync("/finance/follow-up")).ShouldContain("€ 100,00");
        WebUtility.HtmlDecode(await staff.GetStringAsync($"/finance/payment-plans/{plans[0].Id}")).ShouldContain("Fonds ter bestrijding van uithuiszettingen");

        var kept = await (await staff.PostAsJsonAsync($"/api/v1/finance/payment-plans/{plans[0].Id}/keep",
            new PlanDecisionInput("Bijbetaling afgesproken met begeleider"))).ReadAsync<PaymentPlanView>();

        kept.Status.ShouldBe(PlanStatus.Active);
        kept.Signals.Single().Decision.ShouldBe("Bijbetaling afgesproken met begeleider");
        (await staff.GetFromJsonAsync<FollowUpOverview>("/api/v1/finance/follow-up"))!.Signals.ShouldBeEmpty();
        (await host.InTenantAsync(tenant.Info, sp => new PlanSignalWork(
            sp.GetRequiredService<Wmk.Finance.Data.FinanceDbContext>(), sp.GetRequiredService<IResidents>()).DueAsync(fifteenth, default))).ShouldBeEmpty();
        var ended = await (await staff.PostAsJsonAsync($"/api/v1/finance/payment-plans/{plans[1].Id}/end", new PlanDecisionInput("Vervangen"))).ReadAsync<PaymentPlanView>();
        ended.Status.ShouldBe(PlanStatus.Ended);
        (await staff.PostAsJsonAsync($"/api/v1/finance/payment-plans/{plans[1].Id}/end", new PlanDecisionInput("Nog eens"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_schedule_sums_to_the_total_and_bad_input_stores_nothing(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var resident = await StayHttp.StartedAsync(host, tenant, staff, "Plan");

        var plan = await (await staff.PostAsJsonAsync("/api/v1/finance/payment-plans",
            new PaymentPlanInput(resident.Id, PlanPurpose.Rent, 1000m, new DateOnly(2027, 1, 31), 6, null, null))).ReadAsync<PaymentPlanView>();
        var both = await staff.PostAsJsonAsync("/api/v1/finance/payment-plans", new PaymentPlanInput(resident.Id, PlanPurpose.Rent, -1m, December, 3, 50m, null));
        var unknown = await staff.PostAsJsonAsync("/api/v1/finance/payment-plans", new PaymentPlanInput(Guid.NewGuid(), PlanPurpose.Energy, 100m, December, 2, null, null));

        plan.Instalments.Select(i => i.Amount).ShouldBe([166.67m, 166.67m, 166.67m, 166.67m, 166.67m, 166.65m]);
        plan.Instalments.Select(i => i.Due).ShouldBe([new(2027, 1, 31), new(2027, 2, 28), new(2027, 3, 31), new(2027, 4, 30), new(2027, 5, 31), new(2027, 6, 30)]);
        both.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await both.Content.ReadAsStringAsync();
        text.ShouldContain("Het totaal moet een bedrag in centen zijn");
        text.ShouldContain("Geef ofwel het aantal afbetalingen, ofwel het maandbedrag.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetFromJsonAsync<List<PaymentPlanView>>("/api/v1/finance/payment-plans"))!.Select(p => p.Id).ShouldBe([plan.Id]);
        (await staff.GetAsync($"/api/v1/finance/payment-plans/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        WebUtility.HtmlDecode(await staff.GetStringAsync($"/finance/payment-plans/{plan.Id}")).ShouldContain("€ 166,65");
        WebUtility.HtmlDecode(await staff.GetStringAsync("/finance/payment-plans")).ShouldContain("€ 1.000,00");
    }

    private static Task<PlanCheckResult> CheckAsync(WmkTestHost host, TestTenant tenant, DateOnly day) =>
        host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<PlanCheck>().RunAsync(day, default));
}
