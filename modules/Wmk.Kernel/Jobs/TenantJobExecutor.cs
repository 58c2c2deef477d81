using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wmk.Kernel.Data;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Settings;

namespace Wmk.Kernel.Jobs;

/// <summary>
/// Runs a tenant job for every active tenant, each inside its tenant and its own scope; one tenant's failure stops no
/// other. On PostgreSQL <see cref="PostgreSqlParallelism"/> tenants run at once (the work is mostly round trips); the
/// embedded SQLite file takes one writer at a time, so there the tenants run one after the other.
/// </summary>
internal sealed class TenantJobExecutor(
    IServiceScopeFactory scopes,
    DatabaseSettings database,
    ICurrentTenant currentTenant,
    ModuleCatalog catalog,
    IEnumerable<TenantJobRegistration> registrations,
    TimeProvider time,
    ILogger<TenantJobExecutor> logger)
{
    /// <summary>Tenants run at once on PostgreSQL.</summary>
    public const int PostgreSqlParallelism = 4;

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

        var outcomes = new Outcome[tenants.Count];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = database.Provider == DatabaseProvider.PostgreSql ? PostgreSqlParallelism : 1,
            CancellationToken = ct,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, tenants.Count), options, async (i, token) =>
            outcomes[i] = await RunOneAsync(job, tenants[i], token));
        List<string> Slugs(Outcome outcome) => [.. tenants.Where((_, i) => outcomes[i] == outcome).Select(t => t.Slug)];
        return new TenantJobRunResult(Slugs(Outcome.Completed), Slugs(Outcome.Skipped), Slugs(Outcome.Failed));
    }

    private async Task<Outcome> RunOneAsync(TenantJobRegistration job, TenantInfo tenant, CancellationToken ct)
    {
        try
        {
            return await RunForTenantAsync(job, tenant, ct) ? Outcome.Completed : Outcome.Skipped;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogError("Tenant job {Job} failed for tenant {Slug}: {ErrorType}", job.Name, tenant.Slug, ex.GetType().Name);
            logger.LogDebug(ex, "Tenant job {Job} failure detail for tenant {Slug}", job.Name, tenant.Slug);
            return Outcome.Failed;
        }
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

    private enum Outcome
    {
        Failed,
        Completed,
        Skipped,
    }
}
