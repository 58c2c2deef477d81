using Wmk.Kernel.Errors;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Settings;

namespace Wmk.Tenancy.Features.ManageModules;

/// <summary>Lists and switches a tenant's modules (its "Module.X" features).</summary>
internal sealed class TenantModulesHandler(
    ModuleCatalog catalog, ICurrentTenant currentTenant, IFeatureChecker features, IValueManager values)
{
    public async Task<IReadOnlyList<TenantModuleState>> ListAsync(TenantInfo tenant, CancellationToken ct)
    {
        using (currentTenant.Change(tenant))
        {
            var result = new List<TenantModuleState>();
            foreach (var module in catalog.Modules)
            {
                var enabled = !module.CanBeDisabled || await features.IsEnabledAsync(module.FeatureName, ct);
                result.Add(new TenantModuleState(module.Name, enabled, module.CanBeDisabled));
            }

            return result;
        }
    }

    public async Task SetAsync(TenantInfo tenant, string moduleName, bool enabled, CancellationToken ct)
    {
        var module = catalog.Find(moduleName)
            ?? throw new NotFoundException(typeof(TenancyResource), "Module:Unknown", moduleName,
                string.Join(", ", catalog.Modules.Select(m => m.Name)));
        if (!module.CanBeDisabled)
        {
            throw new BusinessRuleException(typeof(TenancyResource), "Module:AlwaysOn", module.Name);
        }

        using (currentTenant.Change(tenant))
        {
            await values.SetTenantValueAsync(module.FeatureName, enabled ? "true" : "false", ct);
        }
    }
}
