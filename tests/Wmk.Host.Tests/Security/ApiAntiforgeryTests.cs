using System.Net;
using System.Net.Http.Json;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Security;

public sealed class ApiAntiforgeryTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_cookie_call_that_changes_state_needs_the_antiforgery_header_and_nothing_is_stored_without_it(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var client = host.CreateClient();
        (await client.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var email = $"lid-{Guid.NewGuid():N}@leden.test";
        var member = new { email, displayName = "Lid", password = TestTenant.Password, roles = new[] { WmkRoles.Staff } };

        var read = await client.GetAsync("/api/v1/admin/members");
        var forged = await client.PostAsJsonAsync("/api/v1/admin/members", member);

        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await forged.Content.ReadAsStringAsync()).ShouldContain("beveiligingscode");
        (await client.GetStringAsync("/api/v1/admin/members")).ShouldNotContain(email);

        await client.WithAntiforgeryAsync();
        var genuine = await client.PostAsJsonAsync("/api/v1/admin/members", member);

        genuine.StatusCode.ShouldBe(HttpStatusCode.Created, await genuine.Content.ReadAsStringAsync());
        (await client.GetStringAsync("/api/v1/admin/members")).ShouldContain(email);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_token_of_another_session_is_refused(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var victim = await AdminHttp.AdminOfAsync(host, tenant);
        var attacker = await host.CreateClient().WithAntiforgeryAsync("/account/login");
        victim.DefaultRequestHeaders.Remove(HttpAntiforgery.HeaderName);
        victim.DefaultRequestHeaders.Add(HttpAntiforgery.HeaderName, attacker.DefaultRequestHeaders.GetValues(HttpAntiforgery.HeaderName));

        var response = await victim.PutAsJsonAsync("/api/v1/admin/roles/staff/grants", new { permissions = Array.Empty<string>() });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_call_without_a_session_is_unauthenticated_not_an_antiforgery_failure()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);

        var response = await host.CreateClient().PostAsJsonAsync("/api/v1/admin/members", new { email = "x@y.test" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
