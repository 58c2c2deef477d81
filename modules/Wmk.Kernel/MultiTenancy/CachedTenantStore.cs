using Microsoft.Extensions.Caching.Memory;

namespace Wmk.Kernel.MultiTenancy;

/// <summary>Caches tenant look-ups briefly; the tenancy module drops entries when a tenant changes.</summary>
public sealed class TenantCache(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>Finds by slug through the cache.</summary>
    public Task<TenantInfo?> FindBySlugAsync(ITenantStore store, string slug, CancellationToken ct) =>
        cache.GetOrCreateAsync("tenant:slug:" + slug.ToLowerInvariant(), e =>
        {
            e.AbsoluteExpirationRelativeToNow = Lifetime;
            return store.FindBySlugAsync(slug, ct);
        });

    /// <summary>Finds by id through the cache.</summary>
    public Task<TenantInfo?> FindByIdAsync(ITenantStore store, Guid id, CancellationToken ct) =>
        cache.GetOrCreateAsync("tenant:id:" + id.ToString("N"), e =>
        {
            e.AbsoluteExpirationRelativeToNow = Lifetime;
            return store.FindByIdAsync(id, ct);
        });

    /// <summary>Forgets a tenant after a change.</summary>
    public void Invalidate(TenantInfo tenant)
    {
        cache.Remove("tenant:slug:" + tenant.Slug.ToLowerInvariant());
        cache.Remove("tenant:id:" + tenant.Id.ToString("N"));
    }
}
