using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.MultiTenancy;
using Wmk.Testing;

namespace Wmk.Host.Tests.Hosting;

public sealed class TenantResolutionTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_unknown_tenant_gets_a_clear_404_page(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var response = await host.CreateClient().GetAsync("/t/bestaat-niet/");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Deze organisatie bestaat niet.");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_disabled_tenant_gets_a_403_page_and_its_api_a_problem(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        await host.InTenantAsync(null, sp => sp.GetRequiredService<ITenantAdministration>().SetActiveAsync(tenant.Slug, false));

        var page = await host.CreateClient().GetAsync($"/t/{tenant.Slug}/");
        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await page.Content.ReadAsStringAsync()).ShouldContain("is uitgeschakeld");

        var api = await host.CreateClient().GetAsync($"/t/{tenant.Slug}/api/v1/anything");
        api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task The_tenant_page_shows_the_tenant_and_never_another()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var a = await host.CreateTenantAsync();
        var b = await host.CreateTenantAsync();
        var html = await host.CreateClient().GetStringAsync($"/t/{a.Slug}/");
        html.ShouldContain(a.Info.Name);
        html.ShouldNotContain(b.Info.Name);
    }

    [Fact]
    public async Task A_signed_in_user_cannot_switch_tenant_through_the_url_or_a_header()
    {
        var host = await hosts.GetAsync(DatabaseKind.PostgreSql);
        var a = await host.CreateTenantAsync();
        var b = await host.CreateTenantAsync();
        var client = host.CreateClient();
        (await client.SignInAsync(a.AdminEmail, TestTenant.Password, a.Slug)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await client.GetAsync($"/t/{b.Slug}/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Tenant", b.Slug);
        var home = await client.SendAsync(request);
        (await home.Content.ReadAsStringAsync()).ShouldContain(a.Info.Name);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_account_get_the_same_message()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var a = await host.CreateTenantAsync();
        var wrong = await (await host.CreateClient().SignInAsync(a.AdminEmail, "Verkeerd-Wachtwoord-1", a.Slug)).Content.ReadAsStringAsync();
        var unknown = await (await host.CreateClient().SignInAsync("niemand@nergens.test", "Verkeerd-Wachtwoord-1", a.Slug)).Content.ReadAsStringAsync();
        wrong.ShouldContain("Het e-mailadres of het wachtwoord klopt niet.");
        unknown.ShouldContain("Het e-mailadres of het wachtwoord klopt niet.");
    }
}
