namespace Wmk.Kernel.Jobs;

/// <summary>
/// Scheduled work that runs once per active tenant, inside that tenant, in a fresh DI scope; skipped for tenants
/// where the job's module is switched off. Register with
/// <see cref="JobServiceCollectionExtensions.AddTenantJob{TJob}"/>.
/// </summary>
public interface ITenantJob
{
    /// <summary>Does the job's work for <see cref="TenantJobContext.Tenant"/>, the current tenant.</summary>
    Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken);
}
