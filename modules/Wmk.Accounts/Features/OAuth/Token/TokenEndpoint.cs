using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Wmk.Accounts.Features.OAuth.Clients;
using Wmk.Kernel.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Wmk.Accounts.Features.OAuth.Token;

/// <summary>
/// /connect/token after OpenIddict checked the client, code (one use, PKCE verifier) or refresh token (rotated,
/// a replay revokes the chain): client credentials get the client's tenant and role; codes and refresh tokens are
/// only honoured while the account is still an active member, with its roles read afresh.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, ApiClientDirectory clients, AccountGrants grants, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenIddict request.");
        if (request.IsClientCredentialsGrantType())
        {
            var client = await clients.FindAsync(request.ClientId, ct);
            return client is null
                ? OAuthResults.Refuse(Errors.InvalidClient, "The client belongs to no organisation.")
                : OAuthResults.SignIn(TokenPrincipals.ForClient(client, request.GetScopes()));
        }

        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return OAuthResults.Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.");
        }

        var principal = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var grant = Guid.TryParse(principal?.GetClaim(Claims.Subject), out var accountId)
            && Guid.TryParse(principal?.GetClaim(WmkClaims.Tenant), out var tenantId)
            && principal?.GetClaim(TokenPrincipals.ClientClaim) is null
                ? await grants.FindAsync(accountId, tenantId, ct)
                : null;
        return grant is null
            ? OAuthResults.Refuse(Errors.InvalidGrant, "The account is no longer an active member of the organisation.")
            : OAuthResults.SignIn(TokenPrincipals.ForAccount(grant, principal!.GetScopes()));
    }
}
