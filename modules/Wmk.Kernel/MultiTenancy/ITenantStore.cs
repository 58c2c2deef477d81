namespace Wmk.Kernel.MultiTenancy;

/// <summary>Looks tenants up; implemented by the Tenancy module, cached by the kernel.</summary>
public interface ITenantStore
{
    /// <summary>Finds a tenant by its slug (case-insensitive), disabled ones included.</summary>
    Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>Finds a tenant by id, disabled ones included.</summary>
    Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>All active tenants, for jobs that iterate tenants.</summary>
    Task<IReadOnlyList<TenantInfo>> ListActiveAsync(CancellationToken cancellationToken = default);
}
