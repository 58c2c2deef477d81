using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Accounts;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Security;
using Wmk.Tenancy;
using Wmk.Testing;

namespace Wmk.Host.Tests.Admin;

public sealed class MembersTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_deactivated_member_is_refused_on_the_next_request_and_the_change_is_audited(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(host, tenant);
        var email = $"lid-{Guid.NewGuid():N}@leden.test";
        var member = await (await admin.PostAsJsonAsync("/api/v1/admin/members",
            new { email, displayName = "Lid", password = TestTenant.Password, roles = new[] { WmkRoles.Coordinator } })).ReadAsync<Member>();
        var session = await AdminHttp.SignedInAsync(host, email, tenant.Slug);
        (await session.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await admin.PostFormAsync("/admin/users", $"/admin/users?handler=Deactivate&id={member.Id}", new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var members = await (await admin.GetAsync("/api/v1/admin/members")).ReadAsync<List<Member>>();
        members.Single(m => m.Id == member.Id).IsActive.ShouldBeFalse();
        var audit = await AuditAsync(host, tenant);
        audit.ShouldContain(a => a.Action == AuditAction.Create && a.EntityId == member.Id.ToString());
        audit.ShouldContain(a => a.Action == AuditAction.Update && a.EntityId == member.Id.ToString());
        audit.ShouldAllBe(a => a.Details == null || !a.Details.Contains('@'));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_grants_edit_through_the_page_takes_effect_on_the_next_request(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(host, tenant);
        (await admin.GetAsync("/admin/organisation")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var role = await (await admin.GetAsync("/api/v1/admin/roles/coordinator")).ReadAsync<Role>();
        role.Grants.ShouldContain(TenancyPermissions.ManageOrganisation);

        var keep = role.Grants.Where(g => g != TenancyPermissions.ManageOrganisation).Select(g => ("Permissions", g)).ToArray();
        (await admin.PostPairsAsync("/admin/roles/coordinator", "/admin/roles/coordinator", keep)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await admin.GetAsync("/admin/organisation");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/denied");
        (await admin.GetAsync("/api/v1/admin/organisation")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await AuditAsync(host, tenant)).ShouldContain(a => a.Action == AuditAction.PermissionChange && a.EntityId == "coordinator"
            && a.Details == "-" + TenancyPermissions.ManageOrganisation);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_last_way_to_manage_users_cannot_be_taken_away(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(host, tenant);
        var role = await (await admin.GetAsync("/api/v1/admin/roles/coordinator")).ReadAsync<Role>();
        var self = (await (await admin.GetAsync("/api/v1/admin/members")).ReadAsync<List<Member>>()).Single();

        var grants = await admin.PutAsJsonAsync("/api/v1/admin/roles/coordinator/grants",
            new { permissions = role.Grants.Where(g => g != AccountsPermissions.ManageUsers) });
        var roles = await admin.PutAsJsonAsync($"/api/v1/admin/members/{self.Id}/roles", new { roles = new[] { WmkRoles.Staff } });
        var page = await admin.PostFormAsync("/admin/users", $"/admin/users?handler=Deactivate&id={self.Id}", new Dictionary<string, string>());

        grants.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await grants.Content.ReadAsStringAsync()).ShouldContain("geen enkel actief lid nog gebruikers");
        roles.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await page.Content.ReadAsStringAsync()).ShouldContain("geen enkel actief lid nog gebruikers");
        (await (await admin.GetAsync("/api/v1/admin/roles/coordinator")).ReadAsync<Role>()).Grants.ShouldContain(AccountsPermissions.ManageUsers);
        (await admin.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_existing_account_is_added_through_the_page_and_its_roles_changed(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var a = await host.CreateTenantAsync();
        var b = await host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(host, a);

        var added = await admin.PostPairsAsync("/admin/users/new", "/admin/users/new",
            ("Email", b.AdminEmail), ("Roles", WmkRoles.Staff), ("Roles", WmkRoles.Finance));
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var member = (await (await admin.GetAsync("/api/v1/admin/members")).ReadAsync<List<Member>>()).Single(m => m.Email == b.AdminEmail);
        member.Roles.ShouldBe([WmkRoles.Finance, WmkRoles.Staff]);

        var changed = await admin.PostPairsAsync($"/admin/users/{member.Id}", $"/admin/users/{member.Id}?handler=Roles", ("Roles", WmkRoles.Volunteer));
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await admin.GetAsync($"/api/v1/admin/members/{member.Id}")).ReadAsync<Member>()).Roles.ShouldBe([WmkRoles.Volunteer]);
        await AdminHttp.SignedInAsync(host, b.AdminEmail, a.Slug);

        var unknown = await admin.PostPairsAsync("/admin/users/new", "/admin/users/new", ("Email", "nieuw@leden.test"), ("Roles", "baas"));
        var html = await unknown.Content.ReadAsStringAsync();
        html.ShouldContain("De rol &#x27;baas&#x27; bestaat niet in deze organisatie.");
        html.ShouldContain("Het wachtwoord moet minstens 10 tekens lang zijn.");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_user_of_tenant_A_cannot_open_the_admin_pages_or_api_of_tenant_B(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var a = await host.CreateTenantAsync();
        var b = await host.CreateTenantAsync();
        var adminA = await AdminHttp.AdminOfAsync(host, a);
        var adminB = await AdminHttp.AdminOfAsync(host, b);
        var memberOfB = (await (await adminB.GetAsync("/api/v1/admin/members")).ReadAsync<List<Member>>()).Single();

        (await adminA.GetAsync($"/t/{b.Slug}/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await adminA.GetAsync($"/t/{b.Slug}/admin/organisation")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await adminA.GetAsync($"/t/{b.Slug}/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var put = await adminA.PutAsJsonAsync($"/api/v1/admin/members/{memberOfB.Id}/roles", new { roles = new[] { WmkRoles.Staff } });
        put.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await adminA.PostAsync($"/api/v1/admin/members/{memberOfB.Id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await adminA.GetAsync($"/admin/users/{memberOfB.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await adminB.GetAsync("/api/v1/admin/members")).ReadAsync<List<Member>>()).Single().Roles.ShouldBe([WmkRoles.Coordinator]);
    }

    private static Task<List<AuditEntry>> AuditAsync(WmkTestHost host, TestTenant tenant) =>
        host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<KernelDbContext>().Set<AuditEntry>().AsNoTracking().ToListAsync());

    private sealed record Member(Guid Id, Guid AccountId, string? DisplayName, string? Email, List<string> Roles, bool IsActive);

    private sealed record Role(string Name, string Text, bool IsStatic, List<string> Grants);
}
