using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Tests.Admin;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Keys;
using Wmk.Housing.Features.Neighbours;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Housing;

public sealed class HousingKeysAndNeighboursTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateOnly Today = HousingSeed.Today;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_third_key_incident_within_six_months_flags_the_resident_in_the_json_and_on_the_unit_page(DatabaseKind kind)
    {
        var (host, tenant, contract) = await ContractAsync(kind);
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        var url = $"/api/v1/housing/units/{contract.UnitId}/keys";

        var paid = await (await client.PostAsJsonAsync(url,
            new KeyIncidentInput(contract.Id, Today.AddMonths(-5), KeyIncidentKind.Lost, KeyPayer.Resident, 24.555m, null))).ReadAsync<KeyIncidentView>();
        await (await client.PostAsJsonAsync(url, new KeyIncidentInput(contract.Id, Today.AddMonths(-2), KeyIncidentKind.Forgotten, null, null, null))).ReadAsync<KeyIncidentView>();
        (await client.GetFromJsonAsync<KeysView>(url))!.Flags.ShouldBeEmpty();
        await (await client.PostAsJsonAsync(url, new KeyIncidentInput(contract.Id, Today, KeyIncidentKind.Lost, KeyPayer.Organisation, 20m, null))).ReadAsync<KeyIncidentView>();

        paid.Amount.ShouldBe(24.56m);
        var keys = (await client.GetFromJsonAsync<KeysView>(url))!;
        keys.Incidents.Count.ShouldBe(3);
        keys.Flags.ShouldBe([new KeyFlag(contract.ResidentId, "Bewoner Test", Today, 3)]);
        (await client.GetStringAsync($"/housing/units/{contract.UnitId}")).ShouldContain("drie sleutelvoorvallen binnen zes maanden (sinds 26/11/2026)");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/housing/units/{contract.UnitId}/keys"));
        page.ShouldContain("Bewoner Test");
        page.ShouldContain("Organisatie");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Bad_key_incidents_get_a_dutch_400_or_404_and_nothing_is_stored(DatabaseKind kind)
    {
        var (host, tenant, contract) = await ContractAsync(kind);
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        var url = $"/api/v1/housing/units/{contract.UnitId}/keys";

        var negative = await client.PostAsJsonAsync(url, new KeyIncidentInput(contract.Id, Today, KeyIncidentKind.Replaced, KeyPayer.Resident, -5m, null));
        var future = await client.PostAsJsonAsync(url, new KeyIncidentInput(contract.Id, Today.AddDays(2), KeyIncidentKind.Lost, null, null, null));
        var unknownContract = await client.PostAsJsonAsync(url, new KeyIncidentInput(Guid.NewGuid(), Today, KeyIncidentKind.Lost, null, null, null));

        negative.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await negative.Content.ReadAsStringAsync()).ShouldContain("Het bedrag kan niet negatief zijn.");
        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknownContract.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetFromJsonAsync<KeysView>(url))!.Incidents.ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_neighbour_log_is_kept_per_building_and_the_poster_shows_the_organisations_contact_details(DatabaseKind kind)
    {
        var (host, tenant, contract) = await ContractAsync(kind);
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        (await client.PutAsJsonAsync("/api/v1/admin/organisation",
            new { ContactEmail = "info@wonen.test", ContactPhone = "+32 3 123 45 67" })).IsSuccessStatusCode.ShouldBeTrue();
        var url = $"/api/v1/housing/units/{contract.UnitId}/neighbours";

        await (await client.PostAsJsonAsync(url, new NeighbourContactInput(Today, NeighbourContactKind.NewOccupancy, "Brief in de bussen"))).ReadAsync<NeighbourContactView>();
        var future = await client.PostAsJsonAsync(url, new NeighbourContactInput(Today.AddDays(1), NeighbourContactKind.Complaint, null));

        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var log = (await client.GetFromJsonAsync<NeighboursView>(url))!;
        log.Building.ShouldBe("Kerkstraat 1");
        log.Contacts.Single().Kind.ShouldBe(NeighbourContactKind.NewOccupancy);
        var poster = WebUtility.HtmlDecode(await client.GetStringAsync($"/housing/units/{contract.UnitId}/poster"));
        poster.ShouldContain("+32 3 123 45 67");
        poster.ShouldContain("info@wonen.test");
        poster.ShouldContain("/_content/Wmk.Housing/css/poster.css");
        poster.ShouldNotContain("Bewoner Test");
        (await client.GetStringAsync($"/housing/units/{contract.UnitId}/neighbours")).ShouldContain("Brief in de bussen");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_technical_manager_may_print_the_poster_but_not_see_key_incidents_or_the_neighbour_log(DatabaseKind kind)
    {
        var (host, tenant, contract) = await ContractAsync(kind);
        var client = await HousingFollowUpApiTests.MemberAsync(host, tenant, WmkRoles.TechnicalManager);

        (await client.GetAsync($"/housing/units/{contract.UnitId}/poster")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/housing/units/{contract.UnitId}/inspections")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/api/v1/housing/units/{contract.UnitId}/neighbours")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/api/v1/housing/units/{contract.UnitId}/keys")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<(WmkTestHost Host, TestTenant Tenant, ContractView Contract)> ContractAsync(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        return (host, tenant, await host.InTenantAsync(tenant.Info, HousingSeed.ContractAsync));
    }
}
