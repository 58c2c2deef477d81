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

    /// <summary>
    /// Set while a partner counsellor works: records that implement <c>ICounselledRecord</c> are then limited to this
    /// account's own clients, in queries and on save. Null for staff, jobs and the host side.
    /// </summary>
    Guid? CounsellorScope { get; }

    /// <summary>Limits counselled records to one counsellor's clients until the handle is disposed.</summary>
    IDisposable RestrictToCounsellor(Guid accountId);

    /// <summary>Switches to a tenant until the returned handle is disposed.</summary>
    IDisposable Change(TenantInfo tenant);

    /// <summary>Switches by id (null: host side) until the returned handle is disposed; uses the shared database.</summary>
    IDisposable Change(Guid? tenantId, string? slug = null);
}
