namespace Wmk.Kernel.MultiTenancy;

/// <summary>The organisation the current request, job or seeder works for; ambient per async flow.</summary>
public interface ICurrentTenant
{
    /// <summary>The tenant id, or null on the host side.</summary>
    Guid? Id { get; }

    /// <summary>The tenant's slug, when known.</summary>
    string? Slug { get; }

    /// <summary>The tenant's own database, when it has one (database per tenant).</summary>
    string? ConnectionString { get; }

    /// <summary>True when a tenant is set.</summary>
    bool IsAvailable { get; }

    /// <summary>Switches to a tenant until the returned handle is disposed.</summary>
    IDisposable Change(TenantInfo tenant);

    /// <summary>Switches by id (null: host side) until the returned handle is disposed; uses the shared database.</summary>
    IDisposable Change(Guid? tenantId, string? slug = null);
}
