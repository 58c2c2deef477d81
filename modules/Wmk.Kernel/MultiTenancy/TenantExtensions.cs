namespace Wmk.Kernel.MultiTenancy;

/// <summary>Helpers on <see cref="ICurrentTenant"/>.</summary>
public static class TenantExtensions
{
    /// <summary>The current tenant id; throws when the code runs on the host side.</summary>
    public static Guid GetRequiredId(this ICurrentTenant tenant) =>
        tenant.Id ?? throw new TenantRequiredException();

    /// <summary>A cache key that always carries the tenant ("host" on the host side).</summary>
    public static string CacheKey(this ICurrentTenant tenant, string key) =>
        $"t:{tenant.Id?.ToString("N") ?? "host"}:{key}";
}

/// <summary>Thrown when tenant-owned work runs without a tenant.</summary>
public sealed class TenantRequiredException()
    : InvalidOperationException("This operation needs a current tenant, and none is set.");
