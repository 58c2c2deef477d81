using System.Net;
using System.Net.Http.Json;
using Wmk.Host.Tests.Admin;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Inspections;
using Wmk.Testing;
using Wmk.Testing.Housing;

namespace Wmk.Host.Tests.Housing;

public sealed class PartnerFollowUpScopeTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_technical_manager_records_inspections_only_on_the_units_it_manages(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var scene = await PortalScene.CreateAsync(host);
        var client = await AdminHttp.SignedInAsync(host, scene.ManagerUser, scene.Tenant.Slug);
        var input = new InspectionInput(HousingSeed.Today, SafetyResult.Ok, null);

        var own = await client.PostAsJsonAsync($"/api/v1/housing/units/{scene.UnitX}/inspections", input);
        var other = await client.PostAsJsonAsync($"/api/v1/housing/units/{scene.UnitY}/inspections", input);

        own.IsSuccessStatusCode.ShouldBeTrue(await own.Content.ReadAsStringAsync());
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/v1/housing/units/{scene.UnitY}/readings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
