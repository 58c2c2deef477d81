using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Accounts.Data;

/// <summary>
/// Checks that an account still is an active member (or an API client still exists in the tenant); cached briefly
/// so revocation bites within a minute, or at once where the change calls <see cref="Forget"/>.
/// </summary>
internal sealed class MembershipValidator(AccountsDbContext db, IMemoryCache cache, ICurrentTenant currentTenant)
    : ITenantMembershipValidator
{
    internal static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(20);

    public async Task<bool> IsMemberAsync(Guid accountId, Guid tenantId, CancellationToken cancellationToken = default)
    {
        var key = Key(accountId, tenantId);
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

    /// <summary>Drops the cached answer, so a revoked membership or deleted client is refused on its next request.</summary>
    public static void Forget(IMemoryCache cache, Guid accountId, Guid tenantId) => cache.Remove(Key(accountId, tenantId));

    private static string Key(Guid accountId, Guid tenantId) => $"t:{tenantId:N}:member:{accountId:N}";
}
