using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.MultiTenancy;
using Wmk.Testing;

namespace Wmk.Host.Tests.Admin;

public sealed class HostTenantsTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_operator_creates_a_tenant_through_the_page_and_its_coordinator_can_sign_in(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var client = await AdminHttp.OperatorAsync(host);
        var slug = "p" + Guid.NewGuid().ToString("N")[..8];

        var response = await client.PostFormAsync("/host/tenants/new", "/host/tenants/new", new Dictionary<string, string>
        {
            ["Slug"] = slug, ["Name"] = "Sociaal Wonen " + slug, ["AdminEmail"] = $"coord@{slug}.test", ["AdminPassword"] = TestTenant.Password,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ListAsync(host)).ShouldContain(t => t.Slug == slug && t.IsActive && !t.HasOwnDatabase);
        (await client.GetStringAsync("/host/tenants")).ShouldContain("Sociaal Wonen " + slug);
        await AdminHttp.SignedInAsync(host, $"coord@{slug}.test", slug);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_operator_creates_disables_and_enables_a_tenant_through_the_api(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var client = await AdminHttp.OperatorAsync(host);
        var slug = "a" + Guid.NewGuid().ToString("N")[..8];

        var created = await client.PostAsJsonAsync("/api/v1/host/tenants",
            new { slug, name = "Api " + slug, adminEmail = $"coord@{slug}.test", adminPassword = TestTenant.Password });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var coordinator = await AdminHttp.SignedInAsync(host, $"coord@{slug}.test", slug);

        (await client.PostAsync($"/api/v1/host/tenants/{slug}/disable", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await coordinator.GetAsync("/admin/organisation")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostAsync($"/api/v1/host/tenants/{slug}/enable", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await coordinator.GetAsync("/admin/organisation")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var list = await (await client.GetAsync("/api/v1/host/tenants")).ReadAsync<List<TenantSummary>>();
        list.ShouldContain(t => t.Slug == slug && t.IsActive);
        var module = await (await client.GetAsync($"/api/v1/host/tenants/{slug}/modules/Accounts")).ReadAsync<TenantModuleState>();
        module.ShouldBe(new TenantModuleState("Accounts", true, false));
        var off = await client.PutAsJsonAsync($"/api/v1/host/tenants/{slug}/modules/Accounts", new { enabled = false });
        off.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_bad_slug_shows_the_dutch_message_keeps_the_typed_values_and_stores_nothing(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var client = await AdminHttp.OperatorAsync(host);
        var name = "Fout " + Guid.NewGuid().ToString("N")[..8];

        var response = await client.PostFormAsync("/host/tenants/new", "/host/tenants/new", new Dictionary<string, string>
        {
            ["Slug"] = "Slecht Slug!", ["Name"] = name, ["AdminEmail"] = "iemand@fout.test", ["AdminPassword"] = "Geheim-Wachtwoord-99",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("De korte naam (slug) moet 3 tot 40 tekens lang zijn");
        html.ShouldContain($"value=\"{name}\"");
        html.ShouldContain("value=\"iemand@fout.test\"");
        html.ShouldNotContain("Geheim-Wachtwoord-99");
        (await ListAsync(host)).ShouldNotContain(t => t.Name == name);

        var api = await client.PostAsJsonAsync("/api/v1/host/tenants", new { slug = "-x", name, adminEmail = "x", adminPassword = "kort" });
        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ListAsync(host)).ShouldNotContain(t => t.Name == name);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_tenant_coordinator_is_refused_the_host_pages_and_a_signed_out_user_is_sent_to_sign_in(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var coordinator = await AdminHttp.AdminOfAsync(host, tenant);

        var page = await coordinator.GetAsync("/host/tenants");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/denied");
        (await coordinator.GetAsync(page.Headers.Location)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinator.GetAsync("/api/v1/host/tenants")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var anonymous = host.CreateClient();
        var signIn = await anonymous.GetAsync("/host/tenants");
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.ToString().ShouldContain("/account/login");
        (await anonymous.GetAsync("/api/v1/host/tenants")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_own_database_of_another_engine_is_refused_and_nothing_changes(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var client = await AdminHttp.OperatorAsync(host);
        var other = kind == DatabaseKind.Sqlite ? "Host=localhost;Database=elders" : "Data Source=elders.db";

        var response = await client.PostFormAsync($"/host/tenants/{tenant.Slug}", $"/host/tenants/{tenant.Slug}?handler=Database",
            new Dictionary<string, string> { ["ConnectionString"] = other });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("De eigen databank moet van hetzelfde type zijn");
        (await ListAsync(host)).Single(t => t.Slug == tenant.Slug).HasOwnDatabase.ShouldBeFalse();
    }

    [Fact]
    public async Task A_request_in_english_gets_english_texts()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var client = await AdminHttp.OperatorAsync(host);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/host/tenants/new");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        html.ShouldContain("Short name");
        html.ShouldNotContain("Korte naam");
        (await client.GetStringAsync("/host/tenants/new")).ShouldContain("Korte naam");
    }

    private static Task<IReadOnlyList<TenantSummary>> ListAsync(WmkTestHost host) =>
        host.InTenantAsync(null, sp => sp.GetRequiredService<ITenantAdministration>().ListAsync());
}
