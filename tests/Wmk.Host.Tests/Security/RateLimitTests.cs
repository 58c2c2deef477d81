using System.Net;
using Wmk.Testing;

namespace Wmk.Host.Tests.Security;

public sealed class RateLimitTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_in_the_users_language_while_the_form_still_opens(DatabaseKind kind)
    {
        await using var host = await WmkTestHost.StartAsync(kind, b => b.Configuration["RateLimits:SignIn:PermitLimit"] = "3");
        var tenant = await host.CreateTenantAsync();
        var client = host.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            (await client.SignInAsync(tenant.AdminEmail, "Verkeerd-Wachtwoord-1", tenant.Slug)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var limited = await client.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await client.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug);

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await limited.Content.ReadAsStringAsync()).ShouldContain("Te veel pogingen");
        limited.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await english.Content.ReadAsStringAsync()).ShouldContain("Too many attempts");
        (await client.GetAsync($"/t/{tenant.Slug}/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
