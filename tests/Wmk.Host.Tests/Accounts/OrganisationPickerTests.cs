using System.Net;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Accounts;

public sealed class OrganisationPickerTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_account_of_several_organisations_picks_one_switches_and_is_refused_elsewhere(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var a = await host.CreateTenantAsync();
        var b = await host.CreateTenantAsync();
        var c = await host.CreateTenantAsync();
        await AccountsHttp.AddMemberAsync(host, a, WmkRoles.Staff, b.AdminEmail);
        var client = host.CreateClient();

        (await client.SignInAsync(b.AdminEmail, TestTenant.Password)).Location().ShouldBe("/account/organisations");
        var picker = await client.HtmlAsync("/account/organisations");
        picker.ShouldContain(a.Info.Name);
        picker.ShouldContain(b.Info.Name);
        picker.ShouldNotContain(c.Info.Name);
        (await client.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var toA = await client.PostFormAsync("/account/organisations", "/account/organisations", Form(a));
        toA.Location().ShouldBe($"/t/{a.Slug}/");
        (await client.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var other = await client.GetAsync($"/t/{b.Slug}/");
        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.TextAsync()).ShouldContain("Wissel van organisatie");

        var toB = await client.PostFormAsync("/account/organisations", "/account/organisations", Form(b));
        toB.Location().ShouldBe($"/t/{b.Slug}/");
        (await client.GetStringAsync("/api/v1/admin/members")).ShouldContain(b.AdminEmail);

        var toC = await client.PostFormAsync("/account/organisations", "/account/organisations", Form(c));
        toC.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await toC.TextAsync()).ShouldContain("geen actief lid");
        (await client.GetAsync($"/t/{c.Slug}/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetStringAsync("/api/v1/admin/members")).ShouldContain(b.AdminEmail);
    }

    [Fact]
    public async Task An_account_of_one_organisation_goes_straight_in_and_sees_it_as_current()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var a = await host.CreateTenantAsync();
        var client = host.CreateClient();

        (await client.SignInAsync(a.AdminEmail, TestTenant.Password)).Location().ShouldBe("/");
        (await client.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.HtmlAsync("/account/organisations")).ShouldContain(a.Info.Name);
    }

    private static Dictionary<string, string> Form(TestTenant tenant) => new() { ["tenantId"] = tenant.Info.Id.ToString() };
}
