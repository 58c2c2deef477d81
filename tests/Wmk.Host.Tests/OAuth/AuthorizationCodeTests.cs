using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Accounts.Data;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.OAuth;

public sealed class AuthorizationCodeTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Code_with_PKCE_gives_tokens_that_carry_the_account_tenant_and_roles(DatabaseKind kind)
    {
        var (flow, tenant, clientId) = await ArrangeAsync(kind);
        var verifier = OAuthFlow.NewVerifier();

        var code = await flow.SignInAndGetCodeAsync(tenant, clientId, verifier);
        var tokens = await OAuthFlow.ReadTokensAsync(await flow.RedeemCodeAsync(clientId, code, verifier));

        tokens.RefreshToken.ShouldNotBeNullOrEmpty();
        var me = await flow.MeAsync(tokens.AccessToken);
        me.TenantId.ShouldBe(tenant.Info.Id);
        me.Roles.ShouldContain(WmkRoles.Coordinator);
        me.IsClient.ShouldBeFalse();
        (await flow.MeAsync(tokens.AccessToken, $"/t/{tenant.Slug}/api/v1/accounts/me")).Id.ShouldBe(me.Id);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_authorization_request_without_PKCE_is_refused_and_issues_no_code(DatabaseKind kind)
    {
        var (flow, tenant, clientId) = await ArrangeAsync(kind);
        using var browser = (await hosts.GetAsync(kind)).CreateClient();
        await browser.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug);

        var response = await browser.GetAsync(OAuthFlow.AuthorizeUrl(clientId, challenge: null));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Location.ShouldBeNull();
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("invalid_request");
        body.ShouldContain("code_challenge");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_code_can_be_redeemed_once_and_only_with_its_verifier(DatabaseKind kind)
    {
        var (flow, tenant, clientId) = await ArrangeAsync(kind);
        var verifier = OAuthFlow.NewVerifier();
        var code = await flow.SignInAndGetCodeAsync(tenant, clientId, verifier);

        var wrongVerifier = await flow.RedeemCodeAsync(clientId, code, OAuthFlow.NewVerifier());
        wrongVerifier.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OAuthFlow.ErrorAsync(wrongVerifier)).ShouldBe("invalid_grant");

        var other = OAuthFlow.NewVerifier();
        var code2 = await flow.SignInAndGetCodeAsync(tenant, clientId, other);
        await OAuthFlow.ReadTokensAsync(await flow.RedeemCodeAsync(clientId, code2, other));
        var reused = await flow.RedeemCodeAsync(clientId, code2, other);
        reused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OAuthFlow.ErrorAsync(reused)).ShouldBe("invalid_grant");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Refresh_tokens_rotate_and_a_replayed_one_is_refused_and_revokes_the_chain(DatabaseKind kind)
    {
        var (flow, tenant, clientId) = await ArrangeAsync(kind);
        var verifier = OAuthFlow.NewVerifier();
        var first = await OAuthFlow.ReadTokensAsync(
            await flow.RedeemCodeAsync(clientId, await flow.SignInAndGetCodeAsync(tenant, clientId, verifier), verifier));

        var second = await OAuthFlow.ReadTokensAsync(await flow.RefreshAsync(clientId, first.RefreshToken!));
        second.RefreshToken.ShouldNotBe(first.RefreshToken);
        (await flow.MeAsync(second.AccessToken)).TenantId.ShouldBe(tenant.Info.Id);

        var replay = await flow.RefreshAsync(clientId, first.RefreshToken!);
        replay.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OAuthFlow.ErrorAsync(replay)).ShouldBe("invalid_grant");
        (await flow.RefreshAsync(clientId, second.RefreshToken!)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_revoked_membership_stops_its_access_token_and_its_refresh_token(DatabaseKind kind)
    {
        var (flow, tenant, clientId) = await ArrangeAsync(kind);
        var host = await hosts.GetAsync(kind);
        var verifier = OAuthFlow.NewVerifier();
        var tokens = await OAuthFlow.ReadTokensAsync(
            await flow.RedeemCodeAsync(clientId, await flow.SignInAndGetCodeAsync(tenant, clientId, verifier), verifier));
        var accountId = (await flow.MeAsync(tokens.AccessToken)).Id!.Value;

        await host.InTenantAsync(tenant.Info, async sp =>
        {
            var db = sp.GetRequiredService<AccountsDbContext>();
            var membership = await db.Memberships.SingleAsync(m => m.AccountId == accountId);
            membership.IsActive = false;
            await db.SaveChangesAsync();
            sp.GetRequiredService<IMemoryCache>().Remove(MembershipValidator.CacheKey(tenant.Info.Id, accountId));
        });

        (await flow.GetWithTokenAsync("/api/v1/accounts/me", tokens.AccessToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var refresh = await flow.RefreshAsync(clientId, tokens.RefreshToken!);
        refresh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OAuthFlow.ErrorAsync(refresh)).ShouldBe("invalid_grant");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Without_a_session_the_authorize_endpoint_sends_the_user_to_the_sign_in_page_of_the_clients_organisation(DatabaseKind kind)
    {
        var (flow, tenant, clientId) = await ArrangeAsync(kind);
        using var anonymous = flow.Anonymous();

        var response = await anonymous.GetAsync(OAuthFlow.AuthorizeUrl(clientId, OAuthFlow.Challenge(OAuthFlow.NewVerifier())));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith($"/t/{tenant.Slug}/account/login?ReturnUrl=");
        Uri.UnescapeDataString(location).ShouldContain("/connect/authorize?");
    }

    private async Task<(OAuthFlow Flow, TestTenant Tenant, string ClientId)> ArrangeAsync(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var flow = new OAuthFlow(host);
        var tenant = await host.CreateTenantAsync();
        return (flow, tenant, await flow.CreatePublicClientAsync(tenant));
    }
}
