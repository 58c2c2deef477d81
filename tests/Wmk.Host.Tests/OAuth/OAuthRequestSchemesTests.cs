using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Accounts.Data;
using Wmk.Accounts.Features.OAuth;
using Wmk.Host.Tests.Admin;
using Wmk.Testing;

namespace Wmk.Host.Tests.OAuth;

/// <summary>
/// OpenIddict sees only its own requests: pages, sign-in and cookie API calls never build its options (which would load
/// or create the server's keys); OAuth paths and bearer tokens still reach it. Own host: keys are created at the first
/// request that needs them, which a shared host has long had.
/// </summary>
public sealed class OAuthRequestSchemesTests
{
    [Theory]
    [InlineData("/connect/token", true)]
    [InlineData("/connect/authorize", true)]
    [InlineData("/t/antwerpen/connect/userinfo", true)]
    [InlineData("/.well-known/openid-configuration", true)]
    [InlineData("/account/login", false)]
    [InlineData("/t/antwerpen/account/login", false)]
    [InlineData("/t/connect", false)]
    [InlineData("/connectors", false)]
    [InlineData("/api/v1/accounts/me", false)]
    public void Only_the_oauth_paths_are_offered_to_the_server(string path, bool offered) =>
        OAuthRequestSchemes.IsOAuthPath(new PathString(path)).ShouldBe(offered);

    [Fact]
    public async Task Pages_sign_in_and_cookie_api_calls_load_no_server_key_and_oauth_still_works()
    {
        await using var host = await WmkTestHost.StartAsync(DatabaseKind.Sqlite);
        var tenant = await host.CreateTenantAsync();

        (await host.CreateClient().GetAsync($"/t/{tenant.Slug}/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await AdminHttp.AdminOfAsync(host, tenant);
        (await admin.GetAsync("/api/v1/accounts/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await KeysAsync(host)).ShouldBe(0);

        var flow = new OAuthFlow(host);
        var (id, secret) = await flow.CreateConfidentialClientAsync(tenant);
        var token = await flow.ClientCredentialsTokenAsync(id, secret);

        (await KeysAsync(host)).ShouldBe(2);
        (await flow.GetWithTokenAsync($"/t/{tenant.Slug}/api/v1/accounts/clients", token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await flow.GetWithTokenAsync("/api/v1/accounts/clients", "not-a-token")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static Task<int> KeysAsync(WmkTestHost host) =>
        host.InTenantAsync(null, sp => sp.GetRequiredService<AccountsDbContext>().SigningKeys.CountAsync());
}
