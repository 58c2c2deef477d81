using Microsoft.Extensions.Localization;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Settings;

namespace Wmk.Kernel.Navigation;

/// <summary>A menu item ready to show.</summary>
public sealed record MenuEntry(string Text, string Url, MenuArea Area);

/// <summary>Builds the menus for the current user: only switched-on modules, only granted permissions.</summary>
public sealed class MenuProvider(
    DefinitionRegistry definitions,
    ModuleCatalog catalog,
    ICurrentTenant tenant,
    IFeatureChecker features,
    IPermissionChecker permissions,
    IStringLocalizerFactory localizers)
{
    /// <summary>The visible items of one menu.</summary>
    public async Task<IReadOnlyList<MenuEntry>> GetAsync(MenuArea area, CancellationToken ct = default)
    {
        if ((area == MenuArea.Host) == tenant.IsAvailable)
        {
            return [];
        }

        var result = new List<MenuEntry>();
        foreach (var item in definitions.MenuItems.Where(i => i.Area == area))
        {
            var module = catalog.Find(item.ModuleName);
            if (module is { CanBeDisabled: true } && tenant.IsAvailable && !await features.IsEnabledAsync(module.FeatureName, ct))
            {
                continue;
            }

            if (item.Permission is not null && !await permissions.IsGrantedAsync(item.Permission, ct))
            {
                continue;
            }

            result.Add(new MenuEntry(localizers.Create(item.ResourceType)[item.TextKey], item.Url, area));
        }

        return result;
    }
}
