using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Settings;

namespace Wmk.Kernel.Jobs;

/// <summary>Runs a tenant job for every active tenant, each inside its tenant; one tenant's failure stops no other.</summary>
internal sealed class TenantJobExecutor(
    IServiceScopeFactory scopes,
    ICurrentTenant currentTenant,
    ModuleCatalog catalog,
    IEnumerable<TenantJobRegistration> registrations,
    TimeProvider time,
    ILogger<TenantJobExecutor> logger)
{
    public TenantJobRegistration Find(string name) =>
        registrations.FirstOrDefault(r => r.Name == name)
        ?? throw new InvalidOperationException($"No tenant job is registered as '{name}'.");

    public async Task<TenantJobRunResult> RunAsync(TenantJobRegistration job, CancellationToken ct)
    {
        IReadOnlyList<TenantInfo> tenants;
        using (currentTenant.Change((Guid?)null))
        using (var scope = scopes.CreateScope())
        {
            tenants = await scope.ServiceProvider.GetRequiredService<ITenantStore>().ListActiveAsync(ct);
        }

        List<string> completed = [], skipped = [], failed = [];
        foreach (var tenant in tenants)
        {
            try
            {
                (await RunForTenantAsync(job, tenant, ct) ? completed : skipped).Add(tenant.Slug);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                failed.Add(tenant.Slug);
                logger.LogError("Tenant job {Job} failed for tenant {Slug}: {ErrorType}", job.Name, tenant.Slug, ex.GetType().Name);
                logger.LogDebug(ex, "Tenant job {Job} failure detail for tenant {Slug}", job.Name, tenant.Slug);
            }
        }

        return new TenantJobRunResult(completed, skipped, failed);
    }

    /// <summary>Runs the job for one tenant inside it; false when the module is off there.</summary>
    public async Task<bool> RunForTenantAsync(TenantJobRegistration job, TenantInfo tenant, CancellationToken ct)
    {
        using (currentTenant.Change(tenant))
        {
            return await ExecuteInCurrentTenantAsync(job, tenant, ct);
        }
    }

    /// <summary>The per-tenant step; refuses to run unless <paramref name="tenant"/> is the current tenant.</summary>
    public async Task<bool> ExecuteInCurrentTenantAsync(TenantJobRegistration job, TenantInfo tenant, CancellationToken ct)
    {
        if (currentTenant.GetRequiredId() != tenant.Id)
        {
            throw new InvalidOperationException($"Tenant job {job.Name} was asked to run for another tenant than the current one.");
        }

        using var scope = scopes.CreateScope();
        var module = catalog.Find(job.ModuleName)
            ?? throw new InvalidOperationException($"Tenant job {job.Name} names module '{job.ModuleName}', which is not in this host.");
        if (module.CanBeDisabled
            && !await scope.ServiceProvider.GetRequiredService<IFeatureChecker>().IsEnabledAsync(module.FeatureName, ct))
        {
            logger.LogDebug("Tenant job {Job} skipped for tenant {Slug}: module {Module} is off", job.Name, tenant.Slug, module.Name);
            return false;
        }

        var instance = (ITenantJob)scope.ServiceProvider.GetRequiredService(job.JobType);
        await instance.ExecuteAsync(new TenantJobContext(tenant, time.GetUtcNow(), job.Name), ct);
        return true;
    }
}
