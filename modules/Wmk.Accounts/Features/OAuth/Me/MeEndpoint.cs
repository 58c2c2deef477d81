using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Kernel.Security;

namespace Wmk.Accounts.Features.OAuth.Me;

/// <summary>GET /api/v1/accounts/me: who the cookie or token says the caller is, for any signed-in caller.</summary>
internal static class MeEndpoint
{
    internal sealed record MeResponse(Guid? Id, Guid? TenantId, IReadOnlyList<string> Roles, bool IsClient);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/accounts/me", (ICurrentUser user, HttpContext http) => new MeResponse(
                user.Id, user.TenantId, user.Roles, http.User.HasClaim(TokenPrincipals.ClientClaim, "true")))
            .RequireAuthorization();
}
