using System.Net;
using System.Net.Http.Json;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Accounts;

public sealed class RolesRefreshTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Changed_roles_reach_an_open_session_after_the_validation_interval(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var email = await AccountsHttp.AddMemberAsync(host, tenant, WmkRoles.Staff);
        var member = await AdminHttp.SignedInAsync(host, email, tenant.Slug);
        var admin = await AdminHttp.AdminOfAsync(host, tenant);
        (await member.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var id = (await (await admin.GetAsync("/api/v1/admin/members")).ReadAsync<List<Member>>()).Single(m => m.Email == email).Id;

        (await admin.PutAsJsonAsync($"/api/v1/admin/members/{id}/roles", new { roles = new[] { WmkRoles.Coordinator } })).EnsureSuccessStatusCode();
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        (await member.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PutAsJsonAsync($"/api/v1/admin/members/{id}/roles", new { roles = new[] { WmkRoles.Volunteer } })).EnsureSuccessStatusCode();
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        (await member.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await member.HtmlAsync("/account/organisations")).ShouldContain(tenant.Info.Name);
    }

    private sealed record Member(Guid Id, string? Email);
}
