using System.Net;
using Wmk.Testing;

namespace Wmk.Host.Tests.OAuth;

public sealed class RedirectUriTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [InlineData("http://evil.example/callback")]
    [InlineData("not a uri")]
    [InlineData("http://localhost/callback/../other")]
    public async Task A_malformed_or_unregistered_redirect_uri_is_refused_without_redirecting(string redirectUri)
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var flow = new OAuthFlow(host);
        var tenant = await host.CreateTenantAsync();
        var clientId = await flow.CreatePublicClientAsync(tenant);
        using var browser = host.CreateClient();
        await browser.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug);
        var url = OAuthFlow.AuthorizeUrl(clientId, OAuthFlow.Challenge(OAuthFlow.NewVerifier()))
            .Replace(Uri.EscapeDataString(OAuthFlow.RedirectUri), Uri.EscapeDataString(redirectUri), StringComparison.Ordinal);

        var response = await browser.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Location.ShouldBeNull();
        (await response.Content.ReadAsStringAsync()).ShouldContain("invalid_request");
    }
}
