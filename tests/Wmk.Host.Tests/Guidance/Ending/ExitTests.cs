using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Ending.Exit;
using Wmk.Host.Tests.Admin;
using Wmk.Housing.Contracts;
using Wmk.Housing.Features.Contracts;
using Wmk.Kernel.Localization;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Ending;

public sealed class ExitTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Leaving_before_the_contract_end_records_the_exit_and_terminates_the_housing_contract(DatabaseKind kind)
    {
        var (host, tenant, client, today) = await SetUpAsync(kind);
        var (id, _) = await host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, today.AddMonths(3)));

        var view = await (await client.PostAsJsonAsync($"/api/v1/guidance/residents/{id}/exit", Input(today) with
        {
            AftercareContacts = [today.AddMonths(1), today.AddDays(14), today.AddDays(14)],
        })).ReadAsync<ExitView>();

        view.Status.ShouldBe(ResidentStatus.Left);
        view.Destination.ShouldBe(Destination.SocialHousingAccelerated);
        view.InstallationPremium.ShouldBe(InstallationPremium.AfterExit);
        view.Exit!.TerminatedEarly.ShouldBeTrue();
        view.Exit.AftercareContacts.ShouldBe([today.AddDays(14), today.AddMonths(1)]);
        var (resident, contract) = await StateAsync(host, tenant, id);
        resident.LeftOn.ShouldBe(today);
        contract.TerminatedOn.ShouldBe(today);
        contract.LastDay.ShouldBe(today);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Leaving_on_the_contract_end_leaves_the_housing_contract_as_it_is(DatabaseKind kind)
    {
        var (host, tenant, client, today) = await SetUpAsync(kind);
        var (id, _) = await host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, today));

        var view = await (await client.PostAsJsonAsync($"/api/v1/guidance/residents/{id}/exit", Input(today))).ReadAsync<ExitView>();

        view.Exit!.TerminatedEarly.ShouldBeFalse();
        var (resident, contract) = await StateAsync(host, tenant, id);
        resident.Status.ShouldBe(ResidentStatus.Left);
        contract.TerminatedOn.ShouldBeNull();
        var again = await client.PostAsJsonAsync($"/api/v1/guidance/residents/{id}/exit", Input(today));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync()).ShouldContain("al geregistreerd");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task When_housing_refuses_the_termination_nothing_of_the_exit_is_stored(DatabaseKind kind)
    {
        var (host, tenant, client, today) = await SetUpAsync(kind);
        var (id, contractId) = await host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, today.AddMonths(3)));
        await host.InTenantAsync(tenant.Info, async sp =>
        {
            var handler = sp.GetRequiredService<ContractsHandler>();
            var info = (await sp.GetRequiredService<IOccupancy>().OfResidentsAsync([id])).Single();
            var stamp = (await handler.ListForUnitAsync(info.UnitId, default)).Single().ConcurrencyStamp;
            await handler.TerminateAsync(contractId, new TerminateContractInput(today.AddDays(5), "Vroeger vertrek", stamp), default);
        });

        var response = await client.PostAsJsonAsync($"/api/v1/guidance/residents/{id}/exit", Input(today));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var (resident, contract) = await StateAsync(host, tenant, id);
        resident.Status.ShouldBe(ResidentStatus.Active);
        resident.Destination.ShouldBeNull();
        contract.TerminatedOn.ShouldBe(today.AddDays(5));
        (await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<GuidanceDbContext>().Exits.AnyAsync(e => e.ResidentId == id))).ShouldBeFalse();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Bad_exits_get_every_dutch_message_at_once_and_unknown_or_foreign_residents_are_404(DatabaseKind kind)
    {
        var (host, tenant, client, today) = await SetUpAsync(kind);
        var (id, _) = await host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, today.AddMonths(3)));
        var other = await host.CreateTenantAsync();
        var (foreign, _) = await host.InTenantAsync(other.Info, sp => EndingSeed.ResidentWithContractAsync(sp, today.AddMonths(3)));

        var bad = await client.PostAsJsonAsync($"/api/v1/guidance/residents/{id}/exit",
            Input(today.AddYears(-2)) with { Destination = null, Cleaning = CleaningResult.Remarks });
        var unknown = await client.PostAsJsonAsync($"/api/v1/guidance/residents/{Guid.NewGuid()}/exit", Input(today));
        var otherTenant = await client.PostAsJsonAsync($"/api/v1/guidance/residents/{foreign}/exit", Input(today));

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await bad.Content.ReadAsStringAsync();
        text.ShouldContain("ligt voor de start van het verblijf");
        text.ShouldContain("Kies de bestemming");
        text.ShouldContain("Beschrijf de opmerkingen");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        otherTenant.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await StateAsync(host, tenant, id)).Resident.Status.ShouldBe(ResidentStatus.Active);
        (await StateAsync(host, other, foreign)).Resident.Status.ShouldBe(ResidentStatus.Active);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_record_the_exit_on_the_dutch_page(DatabaseKind kind)
    {
        var (host, tenant, client, today) = await SetUpAsync(kind);
        var (id, _) = await host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, today.AddMonths(2)));
        var page = $"/guidance/residents/{id}/exit";
        (await client.GetStringAsync(page)).ShouldContain("Uitstroom registreren");

        var response = await client.PostPairsAsync(page, page, ("LastDay", today.ToString("yyyy-MM-dd")), ("Destination", "OwnNetwork"),
            ("Cleaning", "Ok"), ("KeysHandedOver", "true"), ("InstallationPremium", "NotUsed"), ("aftercare", ""),
            ("aftercare", today.AddDays(30).ToString("yyyy-MM-dd")));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await client.GetStringAsync(page);
        html.ShouldContain("Eigen netwerk");
        html.ShouldContain("huurovereenkomst vroeger be");
        html.ShouldContain(today.AddDays(30).ToString("dd/MM/yyyy"));
    }

    private static ExitInput Input(DateOnly lastDay) => new(
        lastDay, Destination.SocialHousingAccelerated, lastDay.AddDays(-3), true, true, CleaningResult.Ok, null, InstallationPremium.AfterExit, []);

    private async Task<(WmkTestHost Host, TestTenant Tenant, HttpClient Client, DateOnly Today)> SetUpAsync(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        return (host, tenant, await AdminHttp.AdminOfAsync(host, tenant), host.Clock.Today());
    }

    private static Task<(Resident Resident, OccupancyInfo Contract)> StateAsync(WmkTestHost host, TestTenant tenant, Guid id) =>
        host.InTenantAsync(tenant.Info, async sp => (
            await sp.GetRequiredService<GuidanceDbContext>().Residents.AsNoTracking().SingleAsync(r => r.Id == id),
            (await sp.GetRequiredService<IOccupancy>().OfResidentsAsync([id])).Single()));
}
