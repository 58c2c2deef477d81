using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Wmk.Kernel.Web.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Security;

public sealed class SessionCookieTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_session_cookie_is_httponly_samesite_lax_and_secure_over_https(DatabaseKind kind)
    {
        await using var host = await WmkTestHost.StartAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var client = host.CreateClient();
        client.BaseAddress = new Uri("https://wmk.example.org");

        var response = await client.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wmk.auth=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=lax");
        cookie.ShouldContain("secure");
        cookie.ShouldNotContain("expires", Case.Insensitive);
    }

    [Theory]
    [InlineData("Production", null, CookieSecurePolicy.Always)]
    [InlineData("Staging", null, CookieSecurePolicy.Always)]
    [InlineData("Development", null, CookieSecurePolicy.SameAsRequest)]
    [InlineData("Testing", null, CookieSecurePolicy.SameAsRequest)]
    [InlineData("Production", "false", CookieSecurePolicy.SameAsRequest)]
    [InlineData("Development", "true", CookieSecurePolicy.Always)]
    public void Cookies_are_secure_whenever_https_is_required_by_default_outside_development_and_testing(
        string environment, string? requireHttps, CookieSecurePolicy expected)
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Security:RequireHttps"] = requireHttps })
            .Build();
        SecureCookies.PolicyFor(new HostingEnvironment { EnvironmentName = environment }, configuration).ShouldBe(expected);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_session_ends_after_an_hour_without_requests(DatabaseKind kind)
    {
        await using var host = await WmkTestHost.StartAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var client = host.CreateClient();
        await client.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug);

        host.Clock.Advance(TimeSpan.FromMinutes(55));
        (await client.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Clock.Advance(TimeSpan.FromMinutes(61));

        (await client.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_busy_session_still_ends_twelve_hours_after_sign_in(DatabaseKind kind)
    {
        await using var host = await WmkTestHost.StartAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var client = host.CreateClient();
        await client.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug);

        for (var step = 1; step <= 15; step++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(45));
            (await client.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.OK, $"after {step * 45} minutes");
        }

        host.Clock.Advance(TimeSpan.FromMinutes(50)); // 12 h 05 since sign-in, 50 minutes since the last request
        var expired = await client.GetAsync("/api/v1/admin/members");
        var page = await client.GetAsync("/admin/users");

        expired.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/login");
    }
}
