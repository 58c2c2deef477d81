using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Accounts.Domain;
using Wmk.Kernel.Security;

namespace Wmk.Accounts.Features.SignIn;

/// <summary>
/// Runs when the security stamp is re-validated (every minute): the session keeps its organisation, its roles are
/// read again from the membership, and the organisation is dropped when the membership has ended.
/// </summary>
internal static class SessionRefresh
{
    public static async Task RefreshAsync(SecurityStampRefreshingPrincipalContext context, IHttpContextAccessor accessor)
    {
        var identity = context.NewPrincipal?.Identities.FirstOrDefault();
        var current = context.CurrentPrincipal;
        if (identity is null || current is null || accessor.HttpContext is not { } http)
        {
            return;
        }

        identity.AddClaims(current.FindAll(AccountsClaims.Method));
        if (!Guid.TryParse(current.FindFirst(WmkClaims.Tenant)?.Value, out var tenantId))
        {
            return;
        }

        var services = http.RequestServices;
        var account = await services.GetRequiredService<UserManager<Account>>().GetUserAsync(context.NewPrincipal!);
        if (account is not null
            && await services.GetRequiredService<SessionClaims>().ForTenantAsync(account, tenantId, http.RequestAborted) is { } claims)
        {
            identity.AddClaims(claims);
        }
    }
}
