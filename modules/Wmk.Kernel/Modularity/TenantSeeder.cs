using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Modularity;

/// <summary>Runs every enabled module's seeder inside one tenant, in dependency order.</summary>
public sealed class TenantSeeder(IServiceScopeFactory scopes, ModuleCatalog catalog, ICurrentTenant currentTenant)
{
    /// <summary>Seeds the tenant; each module's seeder is idempotent.</summary>
    public async Task SeedAsync(TenantInfo tenant, CancellationToken cancellationToken = default)
    {
        using (currentTenant.Change(tenant))
        {
            foreach (var module in catalog.Modules)
            {
                using var scope = scopes.CreateScope();
                await module.SeedTenantAsync(scope.ServiceProvider, cancellationToken);
            }
        }
    }
}
