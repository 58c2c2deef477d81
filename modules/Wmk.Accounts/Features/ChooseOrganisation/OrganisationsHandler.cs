using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.SignIn;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;

namespace Wmk.Accounts.Features.ChooseOrganisation;

/// <summary>An organisation the signed-in account may work in.</summary>
internal sealed record OrganisationChoice(Guid TenantId, string Slug, string Name, bool IsCurrent);

/// <summary>Where the session goes after a switch: the organisation's start page, or first the two-factor set-up.</summary>
internal sealed record OrganisationSwitch(string Slug, bool SetUpTwoFactor);

/// <summary>
/// Lists the signed-in account's organisations and moves its session to one of them. The server checks that the
/// account is an active member there; any other organisation is refused.
/// </summary>
internal sealed class OrganisationsHandler(UserManager<Account> users, SessionClaims sessions, SessionStarter starter, ITenantStore tenants)
{
    public async Task<IReadOnlyList<OrganisationChoice>> ListAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { IsDisabled: false } account)
        {
            return [];
        }

        var current = principal.FindFirstValue(WmkClaims.Tenant);
        return (await sessions.MembershipsAsync(account.Id, ct))
            .Select(m => new OrganisationChoice(m.Tenant.Id, m.Tenant.Slug, m.Tenant.Name, m.Tenant.Id.ToString() == current))
            .ToList();
    }

    /// <summary>Null when the account is no active member of that organisation.</summary>
    public async Task<OrganisationSwitch?> SwitchAsync(ClaimsPrincipal principal, Guid tenantId, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { IsDisabled: false } account
            || await tenants.FindByIdAsync(tenantId, ct) is not { IsActive: true } tenant)
        {
            return null;
        }

        var outcome = await starter.SwitchAsync(account, tenantId, principal.HasClaim(AccountsClaims.Method, "mfa"), ct);
        return outcome is null ? null : new OrganisationSwitch(tenant.Slug, outcome == SignInOutcome.SetUpTwoFactor);
    }
}
