using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Accounts.Features.OAuth.Clients.DeleteClient;
using Wmk.Host.Cli;
using Wmk.Host.Startup;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.OAuth;

public sealed class ClientCredentialsTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_client_token_carries_the_clients_tenant_and_role(DatabaseKind kind)
    {
        var (flow, a, _) = await ArrangeAsync(kind);
        var (id, secret) = await flow.CreateConfidentialClientAsync(a, WmkRoles.Finance);

        var me = await flow.MeAsync(await flow.ClientCredentialsTokenAsync(id, secret));

        me.TenantId.ShouldBe(a.Info.Id);
        me.Roles.ShouldBe([WmkRoles.Finance]);
        me.IsClient.ShouldBeTrue();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_client_of_tenant_A_cannot_read_tenant_B(DatabaseKind kind)
    {
        var (flow, a, b) = await ArrangeAsync(kind);
        var (id, secret) = await flow.CreateConfidentialClientAsync(a);
        var token = await flow.ClientCredentialsTokenAsync(id, secret);

        (await flow.GetWithTokenAsync($"/t/{a.Slug}/api/v1/accounts/clients", token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await flow.GetWithTokenAsync($"/t/{b.Slug}/api/v1/accounts/clients", token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await flow.GetWithTokenAsync($"/t/{b.Slug}/api/v1/accounts/me", token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Bearer_tokens_meet_the_same_permission_checks_as_the_cookie(DatabaseKind kind)
    {
        var (flow, a, _) = await ArrangeAsync(kind);
        var coordinator = await flow.CreateConfidentialClientAsync(a, WmkRoles.Coordinator);
        var volunteer = await flow.CreateConfidentialClientAsync(a, WmkRoles.Volunteer);

        var listed = await flow.GetWithTokenAsync("/api/v1/accounts/clients",
            await flow.ClientCredentialsTokenAsync(coordinator.Id, coordinator.Secret));
        listed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await listed.Content.ReadAsStringAsync()).ShouldContain(volunteer.Id);
        (await flow.GetWithTokenAsync("/api/v1/accounts/clients",
            await flow.ClientCredentialsTokenAsync(volunteer.Id, volunteer.Secret))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await flow.GetWithTokenAsync("/api/v1/accounts/clients", "not-a-token")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_wrong_secret_gets_no_token_and_a_deleted_clients_token_stops_working(DatabaseKind kind)
    {
        var (flow, a, _) = await ArrangeAsync(kind);
        var host = await hosts.GetAsync(kind);
        var (id, secret) = await flow.CreateConfidentialClientAsync(a);
        var wrong = await flow.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = id, ["client_secret"] = secret + "x" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await OAuthFlow.ErrorAsync(wrong)).ShouldBe("invalid_client");
        var token = await flow.ClientCredentialsTokenAsync(id, secret);
        await flow.MeAsync(token);

        await host.InTenantAsync(a.Info, sp => sp.GetRequiredService<DeleteClientHandler>().HandleAsync(id, CancellationToken.None));

        (await flow.GetWithTokenAsync("/api/v1/accounts/me", token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await flow.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = id, ["client_secret"] = secret }))
            .StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_tenant_admin_creates_a_client_through_the_api_and_sees_its_secret_once(DatabaseKind kind)
    {
        var (flow, a, _) = await ArrangeAsync(kind);
        using var browser = (await hosts.GetAsync(kind)).CreateClient();
        await browser.SignInAsync(a.AdminEmail, TestTenant.Password, a.Slug);
        await browser.WithAntiforgeryAsync("/");

        var created = await browser.PostAsJsonAsync("/api/v1/accounts/clients", new { clientId = "boekhouding", role = WmkRoles.Finance });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var body = (await created.Content.ReadFromJsonAsync<CreatedBody>())!;
        body.ClientSecret.ShouldNotBeNullOrEmpty();
        (await flow.MeAsync(await flow.ClientCredentialsTokenAsync("boekhouding", body.ClientSecret))).Roles.ShouldBe([WmkRoles.Finance]);
        (await browser.GetStringAsync("/api/v1/accounts/clients")).ShouldNotContain(body.ClientSecret);

        var invalid = await browser.PostAsJsonAsync("/api/v1/accounts/clients", new { clientId = "Boekhouding!", role = "geen-rol" });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await invalid.Content.ReadAsStringAsync();
        problem.ShouldContain("client-id");
        problem.ShouldContain("geen-rol");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_operator_verb_creates_a_client_that_gets_tokens_for_its_tenant(DatabaseKind kind)
    {
        var (flow, a, _) = await ArrangeAsync(kind);
        var host = await hosts.GetAsync(kind);
        var secret = "operator-secret-0123456789-abcdef";
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandRunner.RunAsync(host.App, CommandLine.Parse(
            ["client", "create", "--tenant", a.Slug, "--client-id", "koppeling-" + kind.ToString().ToLowerInvariant(),
             "--client-secret", secret, "--role", WmkRoles.Staff]), output, error);

        exit.ShouldBe(0, error.ToString());
        var me = await flow.MeAsync(await flow.ClientCredentialsTokenAsync("koppeling-" + kind.ToString().ToLowerInvariant(), secret));
        me.TenantId.ShouldBe(a.Info.Id);
        me.Roles.ShouldBe([WmkRoles.Staff]);
        (await CommandRunner.RunAsync(host.App, CommandLine.Parse(
            ["client", "create", "--tenant", a.Slug, "--client-id", "kort", "--client-secret", "te-kort"]), output, error)).ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_clients_page_creates_a_client_shows_its_secret_once_and_deletes_it(DatabaseKind kind)
    {
        var (flow, a, _) = await ArrangeAsync(kind);
        using var browser = (await hosts.GetAsync(kind)).CreateClient();
        await browser.SignInAsync(a.AdminEmail, TestTenant.Password, a.Slug);
        var page = await browser.GetStringAsync("/admin/clients");

        var created = await browser.PostAsync("/admin/clients?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ClientId"] = "planning-tool",
            ["Role"] = WmkRoles.Staff,
            ["__RequestVerificationToken"] = HttpSignIn.Antiforgery(page),
        }));

        var html = await created.Content.ReadAsStringAsync();
        created.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        var secret = System.Net.WebUtility.HtmlDecode(
            System.Text.RegularExpressions.Regex.Match(html, "id=\"secret\" readonly value=\"([^\"]+)\"").Groups[1].Value);
        secret.ShouldNotBeNullOrEmpty();
        (await flow.MeAsync(await flow.ClientCredentialsTokenAsync("planning-tool", secret))).Roles.ShouldBe([WmkRoles.Staff]);
        var listed = await browser.GetStringAsync("/admin/clients");
        listed.ShouldContain("planning-tool");
        listed.ShouldNotContain(secret);

        await browser.PostAsync("/admin/clients?handler=Delete&id=planning-tool", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HttpSignIn.Antiforgery(listed),
        }));
        (await browser.GetStringAsync("/admin/clients")).ShouldNotContain("planning-tool");
    }

    private async Task<(OAuthFlow Flow, TestTenant A, TestTenant B)> ArrangeAsync(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        return (new OAuthFlow(host), await host.CreateTenantAsync(), await host.CreateTenantAsync());
    }

    private sealed record CreatedBody(string ClientId, string ClientSecret, string Role);
}
