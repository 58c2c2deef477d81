using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Accounts.Features.OAuth.Clients.CreateClient;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.OAuth;

/// <summary>Drives the protocol over HTTP as a client application would, without a browser.</summary>
internal sealed class OAuthFlow(WmkTestHost host)
{
    public const string RedirectUri = "http://localhost/callback";

    public static string NewVerifier() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Challenge(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public HttpClient Anonymous() => host.App.GetTestServer().CreateClient();

    /// <summary>A public interactive client (code + PKCE) of the tenant.</summary>
    public async Task<string> CreatePublicClientAsync(TestTenant tenant)
    {
        var clientId = "app-" + Guid.NewGuid().ToString("N")[..10];
        await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<CreateClientHandler>()
            .HandleAsync(new CreateClientRequest(clientId, null, WmkRoles.Coordinator, [new Uri(RedirectUri)]), CancellationToken.None));
        return clientId;
    }

    /// <summary>A confidential integration (client credentials) of the tenant; returns its id and secret.</summary>
    public async Task<(string Id, string Secret)> CreateConfidentialClientAsync(TestTenant tenant, string role = WmkRoles.Coordinator)
    {
        var clientId = "int-" + Guid.NewGuid().ToString("N")[..10];
        var secret = CreateClientHandler.NewSecret();
        await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<CreateClientHandler>()
            .HandleAsync(new CreateClientRequest(clientId, secret, role, []), CancellationToken.None));
        return (clientId, secret);
    }

    public static string AuthorizeUrl(string clientId, string? challenge, string scope = "openid offline_access profile")
    {
        var query = new Dictionary<string, string>
        {
            ["response_type"] = "code",
            ["client_id"] = clientId,
            ["redirect_uri"] = RedirectUri,
            ["scope"] = scope,
            ["state"] = "s-123",
        };
        if (challenge is not null)
        {
            query["code_challenge"] = challenge;
            query["code_challenge_method"] = "S256";
        }

        return "/connect/authorize?" + string.Join("&", query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
    }

    /// <summary>Signs in through the login page and returns the code the authorize endpoint redirects with.</summary>
    public async Task<string> SignInAndGetCodeAsync(TestTenant tenant, string clientId, string verifier)
    {
        using var browser = host.CreateClient();
        (await browser.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var response = await browser.GetAsync(AuthorizeUrl(clientId, Challenge(verifier)));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe(RedirectUri);
        return Query(location)["code"];
    }

    public async Task<HttpResponseMessage> TokenAsync(Dictionary<string, string> form)
    {
        using var client = Anonymous();
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    public Task<HttpResponseMessage> RedeemCodeAsync(string clientId, string code, string verifier) => TokenAsync(new()
    {
        ["grant_type"] = "authorization_code",
        ["client_id"] = clientId,
        ["code"] = code,
        ["redirect_uri"] = RedirectUri,
        ["code_verifier"] = verifier,
    });

    public Task<HttpResponseMessage> RefreshAsync(string clientId, string refreshToken) => TokenAsync(new()
    {
        ["grant_type"] = "refresh_token",
        ["client_id"] = clientId,
        ["refresh_token"] = refreshToken,
    });

    public async Task<string> ClientCredentialsTokenAsync(string clientId, string secret)
    {
        var response = await TokenAsync(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        });
        return (await ReadTokensAsync(response)).AccessToken;
    }

    public static async Task<Tokens> ReadTokensAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return new Tokens(root.GetProperty("access_token").GetString()!,
            root.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null);
    }

    public async Task<HttpResponseMessage> GetWithTokenAsync(string path, string accessToken)
    {
        using var client = Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await client.SendAsync(request);
    }

    public async Task<MeBody> MeAsync(string accessToken, string path = "/api/v1/accounts/me")
    {
        var response = await GetWithTokenAsync(path, accessToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MeBody>())!;
    }

    public static async Task<string> ErrorAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString()!;
    }

    public static Dictionary<string, string> Query(Uri uri) => uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal sealed record Tokens(string AccessToken, string? RefreshToken);

internal sealed record MeBody(Guid? Id, Guid? TenantId, List<string> Roles, bool IsClient);
