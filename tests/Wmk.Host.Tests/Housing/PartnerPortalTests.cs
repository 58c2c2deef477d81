using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Tests.Admin;
using Wmk.Housing;
using Wmk.Housing.Features.Board;
using Wmk.Housing.Features.CompanyReport;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Security;
using Wmk.Testing;
using Wmk.Testing.Housing;

namespace Wmk.Host.Tests.Housing;

public sealed class PartnerPortalTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_housing_company_user_sees_only_its_own_companys_units_and_figures_in_pages_and_api(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var scene = await PortalScene.CreateAsync(host);
        var client = await AdminHttp.SignedInAsync(host, scene.CompanyUser, scene.Tenant.Slug);

        var units = (await client.GetFromJsonAsync<List<UnitView>>("/api/v1/housing/units"))!;
        var report = (await client.GetFromJsonAsync<CompanyReportView>("/api/v1/housing/companies"))!;
        var partners = (await client.GetFromJsonAsync<List<PartnerView>>("/api/v1/housing/partners"))!;

        units.Select(u => u.Address).ShouldBe([PortalScene.AddressX]);
        (await client.GetAsync($"/api/v1/housing/units/{scene.UnitY}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        report.Companies.Select(c => (c.Name, c.Units, c.OccupiedPlaces)).ShouldBe([(PortalScene.CompanyX, 1, 1)]);
        partners.Select(p => p.Name).ShouldBe([PortalScene.CompanyX]);
        var pages = await client.GetStringAsync("/housing/units") + await client.GetStringAsync("/housing/companies");
        pages.ShouldContain(PortalScene.AddressX);
        pages.ShouldContain(PortalScene.CompanyX);
        pages.ShouldNotContain(PortalScene.AddressY);
        pages.ShouldNotContain(PortalScene.CompanyY);
        pages.ShouldNotContain(PortalScene.ResidentX);
        (await client.GetAsync("/api/v1/housing/board")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_technical_manager_sees_only_the_units_they_manage_and_no_resident_names_even_with_the_board_granted(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var scene = await PortalScene.CreateAsync(host);
        await host.InTenantAsync(scene.Tenant.Info, async sp =>
        {
            var grants = sp.GetRequiredService<IPermissionGrantManager>();
            var current = await grants.GetGrantsAsync(WmkRoles.TechnicalManager);
            await grants.SetGrantsAsync(WmkRoles.TechnicalManager, current.Append(HousingPermissions.ManageContracts));
        });
        var client = await AdminHttp.SignedInAsync(host, scene.ManagerUser, scene.Tenant.Slug);

        var units = (await client.GetFromJsonAsync<List<UnitView>>("/api/v1/housing/units"))!;
        var board = (await client.GetFromJsonAsync<BoardView>("/api/v1/housing/board"))!;
        var contracts = (await client.GetFromJsonAsync<List<ContractView>>($"/api/v1/housing/units/{scene.UnitX}/contracts"))!;

        units.Select(u => u.Address).ShouldBe([PortalScene.AddressX]);
        board.Units.Select(u => u.Address).ShouldBe([PortalScene.AddressX]);
        board.Units.Single().Residents.Single().Name.ShouldBeNull();
        contracts.Single().ResidentName.ShouldBeNull();
        (await client.GetAsync($"/api/v1/housing/units/{scene.UnitY}/contracts")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/housing/units/{scene.UnitY}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var pages = await client.GetStringAsync("/housing/board") + await client.GetStringAsync($"/housing/units/{scene.UnitX}");
        pages.ShouldContain(PortalScene.AddressX);
        pages.ShouldNotContain(PortalScene.AddressY);
        pages.ShouldNotContain(PortalScene.ResidentX);
        pages.ShouldNotContain(PortalScene.ResidentY);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_link_portal_users_on_the_partner_page_and_a_member_without_the_partners_role_is_refused(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var scene = await PortalScene.CreateAsync(host, linkManager: false);
        var admin = await AdminHttp.AdminOfAsync(host, scene.Tenant);
        var manager = await AdminHttp.SignedInAsync(host, scene.ManagerUser, scene.Tenant.Slug);
        (await manager.GetFromJsonAsync<List<UnitView>>("/api/v1/housing/units"))!.ShouldBeEmpty();

        var wrongRole = await admin.PostFormAsync("/housing/partners", "/housing/partners?handler=AddUser", new Dictionary<string, string>
            { ["partnerId"] = scene.ManagerOfX.ToString(), ["email"] = scene.CompanyUser });
        var unknown = await admin.PostAsJsonAsync($"/api/v1/housing/partners/{scene.ManagerOfX}/users", new { Email = "niemand@portaal.test" });
        var linked = await admin.PostFormAsync("/housing/partners", "/housing/partners?handler=AddUser", new Dictionary<string, string>
            { ["partnerId"] = scene.ManagerOfX.ToString(), ["email"] = scene.ManagerUser });

        (await wrongRole.Content.ReadAsStringAsync()).ShouldContain("Dit lid heeft de rol technisch beheerder niet.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("Er is geen actief lid van deze organisatie met dat e-mailadres.");
        linked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var users = (await admin.GetFromJsonAsync<List<PortalUser>>($"/api/v1/housing/partners/{scene.ManagerOfX}/users"))!;
        users.Select(u => u.Email).ShouldBe([scene.ManagerUser]);
        (await admin.GetStringAsync("/housing/partners")).ShouldContain(scene.ManagerUser);
        (await manager.GetFromJsonAsync<List<UnitView>>("/api/v1/housing/units"))!.Select(u => u.Id).ShouldBe([scene.UnitX]);
    }

    private sealed record PortalUser(Guid PartnerId, Guid AccountId, string? Email);
}
