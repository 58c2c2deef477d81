using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wmk.Accounts.Data;
using Wmk.Accounts.Domain;
using Wmk.Kernel.Data;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;
using Wmk.Kernel.Settings;

namespace Wmk.Accounts.Features.SignIn;

/// <summary>An account's active membership in an active organisation.</summary>
internal sealed record ActiveMembership(TenantInfo Tenant, IReadOnlyList<string> Roles);

/// <summary>
/// Reads an account's memberships across organisations and the claims of a session in one of them: the tenant and the
/// membership's roles, or no roles when the organisation requires two-factor sign-in for staff and it is not set up.
/// </summary>
internal sealed class SessionClaims(AccountsDbContext db, ITenantStore tenants, ICurrentTenant currentTenant, ISettingProvider settings)
{
    internal static readonly IReadOnlySet<string> StaffRoles =
        new HashSet<string>([WmkRoles.Coordinator, WmkRoles.Staff, WmkRoles.GroupWorker, WmkRoles.Finance], StringComparer.Ordinal);

    public async Task<IReadOnlyList<ActiveMembership>> MembershipsAsync(Guid accountId, CancellationToken ct)
    {
        var rows = await db.Memberships.IgnoreQueryFilters([TenantModel.FilterName]).AsNoTracking()
            .Where(m => m.AccountId == accountId && m.IsActive)
            .Select(m => new { m.TenantId, Roles = m.Roles.Select(r => r.RoleName).ToList() })
            .ToListAsync(ct);
        var result = new List<ActiveMembership>();
        foreach (var row in rows)
        {
            if (await tenants.FindByIdAsync(row.TenantId, ct) is { IsActive: true } tenant)
            {
                result.Add(new ActiveMembership(tenant, row.Roles.Order(StringComparer.Ordinal).ToList()));
            }
        }

        return result.OrderBy(m => m.Tenant.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>The session claims in the organisation, or null when the account is no active member of it.</summary>
    public async Task<List<Claim>?> ForTenantAsync(Account account, Guid tenantId, CancellationToken ct)
    {
        if (account.IsDisabled)
        {
            return null;
        }

        var membership = (await MembershipsAsync(account.Id, ct)).SingleOrDefault(m => m.Tenant.Id == tenantId);
        if (membership is null)
        {
            return null;
        }

        List<Claim> claims = [new(WmkClaims.Tenant, tenantId.ToString())];
        if (!account.TwoFactorEnabled && membership.Roles.Any(StaffRoles.Contains) && await RequiresTwoFactorAsync(membership.Tenant))
        {
            claims.Add(new Claim(AccountsClaims.TwoFactorSetupRequired, "true"));
            return claims;
        }

        claims.AddRange(membership.Roles.Select(r => new Claim(WmkClaims.Role, r)));
        return claims;
    }

    private async Task<bool> RequiresTwoFactorAsync(TenantInfo tenant)
    {
        using (currentTenant.Change(tenant))
        {
            return await settings.GetBoolAsync(AccountsClaims.RequireTwoFactorForStaffSetting);
        }
    }
}
