using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Startup;
using Wmk.Kernel.Data.Kernel;
using Wmk.Testing;

namespace Wmk.Host.Tests.Theming;

public sealed class CultureSwitchTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Fact]
    public async Task The_language_switch_sets_the_culture_cookie_and_returns_to_the_page()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var client = host.CreateClient();
        (await client.GetStringAsync("/account/login")).ShouldContain("Aanmelden");

        var response = await Switch(client, "/account/login", "en", "/account/login?returnUrl=%2Fadmin");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/account/login?returnUrl=%2Fadmin");
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den", StringComparison.Ordinal));
        var english = await client.GetStringAsync("/account/login");
        english.ShouldContain("<html lang=\"en\">");
        english.ShouldContain(">Nederlands</button>");
    }

    [Theory]
    [InlineData("https://kwaad.test/")]
    [InlineData("//kwaad.test/")]
    [InlineData("/\\kwaad.test/")]
    [InlineData("")]
    public async Task The_language_switch_never_leaves_the_site(string returnUrl)
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);

        var response = await Switch(host.CreateClient(), "/", "en", returnUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task An_unknown_language_or_a_missing_token_is_refused()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var client = host.CreateClient();

        var unknown = await Switch(client, "/", "fr", "/");
        var forged = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en" }));

        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        forged.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_signed_in_member_keeps_the_language_as_a_user_setting(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var client = host.CreateClient();
        await client.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug);

        (await Switch(client, "/", "en", "/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stored = await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<KernelDbContext>().TenantValues
            .Where(v => v.Name == CoreModule.UiCulture && v.UserId != null).Select(v => v.Value).ToListAsync());
        stored.ShouldBe(["en"]);
        (await client.GetStringAsync("/")).ShouldContain("Sign out");
    }

    private static async Task<HttpResponseMessage> Switch(HttpClient client, string page, string culture, string returnUrl)
    {
        var token = HttpSignIn.Antiforgery(await client.GetStringAsync(page));
        return await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = culture,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
    }
}
