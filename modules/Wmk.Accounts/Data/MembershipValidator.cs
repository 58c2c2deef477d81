using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Accounts.Data;

/// <summary>
/// Checks that an account still is an active member (or an API client still exists in the tenant); cached briefly
/// so revocation bites within a minute, or at once where the change drops <see cref="CacheKey"/>.
/// </summary>
internal sealed class MembershipValidator(AccountsDbContext db, IMemoryCache cache, ICurrentTenant currentTenant)
    : ITenantMembershipValidator
{
    internal static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(20);

    /// <summary>The cache entry to drop when a membership changes, so the change bites on the next request.</summary>
    internal static string CacheKey(Guid tenantId, Guid accountId) => $"t:{tenantId:N}:member:{accountId:N}";

    public async Task<bool> IsMemberAsync(Guid accountId, Guid tenantId, CancellationToken cancellationToken = default)
    {
        var key = CacheKey(tenantId, accountId);
        if (cache.TryGetValue(key, out bool member))
        {
            return member;
        }

        using (currentTenant.Change(tenantId))
        {
            member = await db.Memberships.AnyAsync(m => m.AccountId == accountId && m.IsActive, cancellationToken)
                && await db.Accounts.AnyAsync(a => a.Id == accountId && !a.IsDisabled, cancellationToken)
                || await db.ApiClients.AnyAsync(c => c.Id == accountId, cancellationToken);
        }

        cache.Set(key, member, Lifetime);
        return member;
    }
}
