using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;

namespace Wmk.Kernel.Authorization;

internal sealed class PermissionChecker(
    DefinitionRegistry definitions,
    ICurrentUser user,
    ICurrentTenant tenant,
    KernelDbContext db,
    IMemoryCache cache) : IPermissionChecker, IPermissionGrantManager
{
    public async Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default)
    {
        var definition = definitions.FindPermission(permission);
        if (definition is null || !user.IsAuthenticated)
        {
            return false;
        }

        if (definition.Side == PermissionSide.Host)
        {
            return user.IsHostAdmin && !tenant.IsAvailable;
        }

        if (tenant.Id is not { } tenantId || user.TenantId != tenantId)
        {
            return false;
        }

        var grants = await AllGrantsAsync(cancellationToken);
        return user.Roles.Any(role => grants.Contains((role, permission)));
    }

    public async Task<IReadOnlySet<string>> GetGrantsAsync(string roleName, CancellationToken cancellationToken = default) =>
        (await AllGrantsAsync(cancellationToken)).Where(g => g.Role == roleName).Select(g => g.Permission).ToHashSet();

    public async Task SetGrantsAsync(string roleName, IEnumerable<string> permissions, CancellationToken cancellationToken = default)
    {
        tenant.GetRequiredId();
        var wanted = permissions.ToHashSet(StringComparer.Ordinal);
        var invalid = wanted.Where(p => definitions.FindPermission(p) is not { Side: PermissionSide.Tenant }).ToList();
        if (invalid.Count > 0)
        {
            throw new ArgumentException($"Not a tenant permission: {string.Join(", ", invalid)}.", nameof(permissions));
        }

        var existing = await db.PermissionGrants.Where(g => g.RoleName == roleName).ToListAsync(cancellationToken);
        db.PermissionGrants.RemoveRange(existing.Where(g => !wanted.Contains(g.PermissionName)));
        foreach (var name in wanted.Except(existing.Select(g => g.PermissionName)))
        {
            db.PermissionGrants.Add(new PermissionGrant { RoleName = roleName, PermissionName = name });
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(tenant.CacheKey("grants"));
    }

    private async Task<HashSet<(string Role, string Permission)>> AllGrantsAsync(CancellationToken ct)
    {
        var key = tenant.CacheKey("grants");
        if (cache.TryGetValue(key, out HashSet<(string, string)>? grants) && grants is not null)
        {
            return grants;
        }

        var rows = await db.PermissionGrants.AsNoTracking().Select(g => new { g.RoleName, g.PermissionName }).ToListAsync(ct);
        grants = rows.Select(r => (r.RoleName, r.PermissionName)).ToHashSet();
        cache.Set(key, grants, TimeSpan.FromSeconds(30));
        return grants;
    }
}
