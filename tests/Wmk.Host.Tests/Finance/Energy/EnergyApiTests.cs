using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Domain;
using Wmk.Finance.Features;
using Wmk.Finance.Features.Charges;
using Wmk.Finance.Features.Energy;
using Wmk.Guidance.Contracts;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Guidance;
using Wmk.Host.Tests.Housing;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Units;
using Wmk.Testing;

namespace Wmk.Host.Tests.Finance.Energy;

public sealed class EnergyApiTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateOnly August = new(2026, 8, 1);
    private static readonly DateOnly October = new(2026, 10, 1);

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_shared_forfait_far_from_the_consumption_is_proposed_accepted_and_charged_from_its_month(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var unitId = await host.InTenantAsync(tenant.Info, async sp =>
        {
            var (company, manager) = await HousingSeed.PartnersAsync(sp);
            var unit = await sp.GetRequiredService<UnitsHandler>().AddAsync(HousingSeed.Unit(company, manager, shared: true), default);
            var contracts = sp.GetRequiredService<ContractsHandler>();
            await contracts.StartAsync(new StartContractInput(unit.Id, null, null, "Bewoner Een", August, null), default);
            await contracts.StartAsync(new StartContractInput(unit.Id, null, null, "Bewoner Twee", August, null), default);
            await EnergySeed.ReadingsAsync(sp, unit.Id, August, 3, 600m); // 600 kWh a month × € 0,35 = € 210
            return unit.Id;
        });
        var client = await AdminHttp.AdminOfAsync(host, tenant);

        var unit = (await client.GetFromJsonAsync<List<EnergyUnitView>>("/api/v1/finance/energy?month=2026-10-15"))!.Single();
        var early = await client.PostAsJsonAsync($"/api/v1/finance/energy/units/{unitId}/accept", new EnergyAcceptInput(October, 183m, October));
        var zero = await client.PostAsJsonAsync($"/api/v1/finance/energy/units/{unitId}/accept", new EnergyAcceptInput(October, 0m, October.AddMonths(2)));
        var unknown = await client.PostAsJsonAsync($"/api/v1/finance/energy/units/{Guid.NewGuid()}/accept", new EnergyAcceptInput(October, 183m, October.AddMonths(2)));
        var accepted = await (await client.PostAsJsonAsync($"/api/v1/finance/energy/units/{unitId}/accept",
            new EnergyAcceptInput(October, 183m, October.AddMonths(2)))).ReadAsync<EnergyForfaitView>();
        var again = await client.PostAsJsonAsync($"/api/v1/finance/energy/units/{unitId}/dismiss", new EnergyDismissInput(October));

        unit.Shared.ShouldBeTrue();
        unit.Occupants.ShouldBe(2);
        unit.Forfait.ShouldBe(65m);
        unit.PerPerson.ShouldBe([32.50m, 32.50m]);
        unit.Estimated.ShouldBe(210m);
        unit.DeviationPercent.ShouldBe(-69m);
        unit.Proposed.ShouldBe(210m);
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.Content.ReadAsStringAsync()).ShouldContain("Het nieuwe forfait kan pas gelden vanaf 01/11/2026.");
        zero.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        accepted.ValidFrom.ShouldBe(new DateOnly(2026, 12, 1));
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var after = (await client.GetFromJsonAsync<List<EnergyUnitView>>("/api/v1/finance/energy?month=2026-10-01"))!.Single();
        after.Proposed.ShouldBeNull();
        after.Decision.ShouldBe(EnergyReviewOutcome.Accepted);
        (await client.GetFromJsonAsync<List<EnergyForfaitView>>($"/api/v1/finance/energy/units/{unitId}/forfaits"))!.Single().Amount.ShouldBe(183m);

        await client.PostAsJsonAsync("/api/v1/finance/monthly-runs", new MonthlyRunInput(new DateOnly(2026, 11, 1)));
        await client.PostAsJsonAsync("/api/v1/finance/monthly-runs", new MonthlyRunInput(new DateOnly(2026, 12, 1)));
        var charges = (await client.GetFromJsonAsync<List<ChargeView>>("/api/v1/finance/charges?from=2026-11-01&to=2026-12-01"))!;
        charges.Count.ShouldBe(4);
        charges.Where(c => c.Month.Month == 11).ShouldAllBe(c => c.Lines.Any(l => l.Name.StartsWith("Forfait") && l.Amount == 32.50m));
        charges.Where(c => c.Month.Month == 12).ShouldAllBe(c => c.Lines.Any(l => l.Name.StartsWith("Forfait") && l.Amount == 91.50m));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/finance/energy?month=2026-10-01"));
        page.ShouldContain("€ 32,50 + € 32,50");
        page.ShouldContain("Aangepast");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_dismissed_proposal_is_not_proposed_again_for_that_month(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var contract = await host.InTenantAsync(tenant.Info, async sp =>
        {
            var c = await HousingSeed.ContractAsync(sp);
            await EnergySeed.ReadingsAsync(sp, c.UnitId, new DateOnly(2026, 9, 1), 2, 100m); // € 35 against € 65: -46 %... the forfait is too high
            return c;
        });
        var client = await AdminHttp.AdminOfAsync(host, tenant);

        var before = (await client.GetFromJsonAsync<List<EnergyUnitView>>("/api/v1/finance/energy?month=2026-11-01"))!.Single();
        var dismissed = await client.PostAsJsonAsync($"/api/v1/finance/energy/units/{contract.UnitId}/dismiss", new EnergyDismissInput(new DateOnly(2026, 11, 1)));
        var after = (await client.GetFromJsonAsync<List<EnergyUnitView>>("/api/v1/finance/energy?month=2026-11-01"))!.Single();

        before.Proposed.ShouldBe(35m);
        before.DeviationPercent.ShouldBe(85.7m);
        before.PerPerson.ShouldBe([65m]);
        dismissed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        after.Proposed.ShouldBeNull();
        after.Decision.ShouldBe(EnergyReviewOutcome.Dismissed);
        (await client.GetFromJsonAsync<List<EnergyForfaitView>>($"/api/v1/finance/energy/units/{contract.UnitId}/forfaits"))!.ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_solo_residents_energy_checks_of_month_one_and_two_are_tasks_until_marked_done(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var (_, contractId) = await host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, HousingSeed.Today.AddYears(1).AddDays(-1)));
        var client = await AdminHttp.AdminOfAsync(host, tenant);

        var december = (await client.GetFromJsonAsync<List<EnergyCheckView>>("/api/v1/finance/energy/checks?until=2026-12-31"))!;
        var january = (await client.GetFromJsonAsync<List<EnergyCheckView>>("/api/v1/finance/energy/checks?until=2027-01-31"))!;
        var work = await host.InTenantAsync(tenant.Info, sp =>
            sp.GetServices<IDueWorkSource>().OfType<EnergyChecksDueWork>().Single().DueAsync(new DateOnly(2027, 1, 31), default));
        var wrong = await client.PostAsJsonAsync("/api/v1/finance/energy/checks", new EnergyCheckInput(contractId, 3, true));
        var done = await client.PostAsJsonAsync("/api/v1/finance/energy/checks", new EnergyCheckInput(contractId, 1, true));
        var twice = await client.PostAsJsonAsync("/api/v1/finance/energy/checks", new EnergyCheckInput(contractId, 1, true));
        var unknown = await client.PostAsJsonAsync("/api/v1/finance/energy/checks", new EnergyCheckInput(Guid.NewGuid(), 1, true));

        december.Single().DueOn.ShouldBe(new DateOnly(2026, 12, 25));
        january.Select(c => c.Number).ShouldBe([1, 2]);
        work.Select(w => (w.Kind, w.DueOn)).ShouldBe([("Finance.EnergyCheck1", new DateOnly(2026, 12, 25)), ("Finance.EnergyCheck2", new DateOnly(2027, 1, 25))]);
        work.ShouldAllBe(w => w.SubjectId == contractId && w.ResidentId != null);
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        done.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetFromJsonAsync<List<EnergyCheckView>>("/api/v1/finance/energy/checks?until=2027-01-31"))!.Single().Number.ShouldBe(2);
        WebUtility.HtmlDecode(await client.GetStringAsync("/finance/energy")).ShouldContain("Energiecontroles");
    }
}
