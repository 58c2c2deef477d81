using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Settings;

/// <summary>The current tenant's stored values, cached per tenant for a short while and dropped on write.</summary>
internal sealed class TenantValueCache(KernelDbContext db, IMemoryCache cache, ICurrentTenant tenant)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyDictionary<(ValueKind, string, Guid?), string?>> GetAsync(CancellationToken ct)
    {
        if (!tenant.IsAvailable)
        {
            return new Dictionary<(ValueKind, string, Guid?), string?>();
        }

        var key = tenant.CacheKey("values");
        if (cache.TryGetValue(key, out IReadOnlyDictionary<(ValueKind, string, Guid?), string?>? values) && values is not null)
        {
            return values;
        }

        var rows = await db.TenantValues.AsNoTracking().ToListAsync(ct);
        values = rows.ToDictionary(r => (r.Kind, r.Name, r.UserId), r => r.Value);
        cache.Set(key, values, Lifetime);
        return values;
    }

    public void Invalidate() => cache.Remove(tenant.CacheKey("values"));
}
