using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenIddict.Abstractions;
using Wmk.Accounts.Data;
using Wmk.Accounts.Features.OAuth.Pruning;
using Wmk.Host.Startup;
using Wmk.Testing;

namespace Wmk.Host.Tests.OAuth;

public sealed class AuthorizationServerTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Discovery_announces_code_with_S256_refresh_and_client_credentials_and_no_password_or_implicit_grant(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        using var client = new OAuthFlow(host).Anonymous();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/.well-known/openid-configuration"));

        var root = json.RootElement;
        root.GetProperty("authorization_endpoint").GetString().ShouldEndWith("/connect/authorize");
        root.GetProperty("token_endpoint").GetString().ShouldEndWith("/connect/token");
        root.GetProperty("userinfo_endpoint").GetString().ShouldEndWith("/connect/userinfo");
        root.GetProperty("end_session_endpoint").GetString().ShouldEndWith("/connect/logout");
        Strings(root, "code_challenge_methods_supported").ShouldBe(["S256"]);
        Strings(root, "grant_types_supported").ShouldBe(["authorization_code", "client_credentials", "refresh_token"], ignoreOrder: true);
        Strings(root, "response_types_supported").ShouldBe(["code"]);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Tokens_survive_a_restart_because_keys_are_kept_in_the_database(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var flow = new OAuthFlow(host);
        var tenant = await host.CreateTenantAsync();
        var (id, secret) = await flow.CreateConfidentialClientAsync(tenant);
        var token = await flow.ClientCredentialsTokenAsync(id, secret);

        await using var restarted = await StartSecondHostAsync(host);
        using var client = restarted.GetTestServer().CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var response = await client.GetAsync("/api/v1/accounts/me");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).ShouldContain(tenant.Info.Id.ToString());
        await host.InTenantAsync(null, async sp =>
            (await sp.GetRequiredService<AccountsDbContext>().SigningKeys.CountAsync()).ShouldBe(2));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Redeemed_and_revoked_tokens_are_pruned_once_older_than_the_retention(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var flow = new OAuthFlow(host);
        var tenant = await host.CreateTenantAsync();
        var clientId = await flow.CreatePublicClientAsync(tenant);
        var verifier = OAuthFlow.NewVerifier();
        var tokens = await OAuthFlow.ReadTokensAsync(
            await flow.RedeemCodeAsync(clientId, await flow.SignInAndGetCodeAsync(tenant, clientId, verifier), verifier));
        await OAuthFlow.ReadTokensAsync(await flow.RefreshAsync(clientId, tokens.RefreshToken!));
        (await flow.RefreshAsync(clientId, tokens.RefreshToken!)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var subject = (await flow.MeAsync(tokens.AccessToken)).Id!.Value.ToString();
        (await CountTokensAsync(host, subject)).ShouldBeGreaterThan(2);

        await host.InTenantAsync(null, sp => sp.GetRequiredService<TokenPruner>().PruneAsync(CancellationToken.None));
        (await CountTokensAsync(host, subject)).ShouldBeGreaterThan(0, "nothing is pruned while it is recent");
        host.Clock.Advance(TokenPruner.KeepFor + TimeSpan.FromDays(1));
        await host.InTenantAsync(null, sp => sp.GetRequiredService<TokenPruner>().PruneAsync(CancellationToken.None));

        (await CountTokensAsync(host, subject)).ShouldBe(0);
    }

    private static async Task<int> CountTokensAsync(WmkTestHost host, string subject) =>
        await host.InTenantAsync(null, async sp =>
        {
            var count = 0;
            await foreach (var _ in sp.GetRequiredService<IOpenIddictTokenManager>().FindBySubjectAsync(subject))
            {
                count++;
            }

            return count;
        });

    private static async Task<WebApplication> StartSecondHostAsync(WmkTestHost first)
    {
        var folder = TestDatabase.TempFolder();
        var app = WmkHost.Build(new CommandLine(null, [], first.ConnectionString, []), builder =>
        {
            builder.Environment.EnvironmentName = "Testing";
            builder.Configuration["Email:PickupFolder"] = Path.Combine(folder, "mail");
            builder.Configuration["Plugins:Folder"] = Path.Combine(folder, "plugins");
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(first.Clock));
            builder.WebHost.UseTestServer();
        });
        await app.StartAsync();
        return app;
    }

    private static List<string> Strings(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();
}
