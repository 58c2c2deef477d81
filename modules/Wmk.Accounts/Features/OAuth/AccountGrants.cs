using Microsoft.EntityFrameworkCore;
using Wmk.Accounts.Data;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Accounts.Features.OAuth;

/// <summary>An account's active membership in one tenant, as a token should state it.</summary>
internal sealed record AccountGrant(Guid AccountId, string? Name, string? Email, Guid TenantId, IReadOnlyList<string> Roles);

/// <summary>Reads the grant fresh from the database: a token is only issued or refreshed for an active member.</summary>
internal sealed class AccountGrants(AccountsDbContext db, ICurrentTenant currentTenant)
{
    public async Task<AccountGrant?> FindAsync(Guid accountId, Guid tenantId, CancellationToken ct)
    {
        using (currentTenant.Change(tenantId))
        {
            var account = await db.Accounts.AsNoTracking()
                .Where(a => a.Id == accountId && !a.IsDisabled)
                .Select(a => new { a.DisplayName, a.Email })
                .SingleOrDefaultAsync(ct);
            var roles = await db.Memberships.AsNoTracking()
                .Where(m => m.AccountId == accountId && m.IsActive)
                .Select(m => m.Roles.Select(r => r.RoleName).ToList())
                .SingleOrDefaultAsync(ct);
            return account is null || roles is null
                ? null
                : new AccountGrant(accountId, account.DisplayName ?? account.Email, account.Email, tenantId, roles);
        }
    }
}
