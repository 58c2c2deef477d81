using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Wmk.Accounts.Domain;
using Wmk.Kernel.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Wmk.Accounts.Features.OAuth;

/// <summary>
/// What a token says: the account (or the API client, whose id then is the subject) with the tenant and its roles
/// there. The tenant and roles go into the access token only; name and e-mail follow the granted scopes.
/// </summary>
internal static class TokenPrincipals
{
    public const string ClientClaim = "wmk_client";

    public static ClaimsPrincipal ForAccount(AccountGrant grant, IEnumerable<string> scopes)
    {
        var identity = NewIdentity(grant.AccountId, grant.TenantId, grant.Roles);
        identity.SetClaim(Claims.Name, grant.Name).SetClaim(Claims.Email, grant.Email);
        return Finish(identity, scopes);
    }

    public static ClaimsPrincipal ForClient(ApiClient client, IEnumerable<string> scopes)
    {
        var identity = NewIdentity(client.Id, client.TenantId, [client.Role]);
        identity.SetClaim(Claims.Name, client.ClientId).SetClaim(ClientClaim, "true");
        return Finish(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity(Guid subject, Guid tenantId, IEnumerable<string> roles)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, WmkClaims.Role);
        identity.SetClaim(Claims.Subject, subject.ToString())
            .SetClaim(WmkClaims.Tenant, tenantId.ToString())
            .SetClaims(WmkClaims.Role, [.. roles]);
        return identity;
    }

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetDestinations(claim => DestinationsOf(claim, identity));
        return new ClaimsPrincipal(identity);
    }

    private static IEnumerable<string> DestinationsOf(Claim claim, ClaimsIdentity identity) => claim.Type switch
    {
        Claims.Name when identity.HasScope(Scopes.Profile) => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Email when identity.HasScope(Scopes.Email) => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Name => [Destinations.AccessToken],
        WmkClaims.Tenant or WmkClaims.Role or ClientClaim => [Destinations.AccessToken],
        _ => [],
    };
}
