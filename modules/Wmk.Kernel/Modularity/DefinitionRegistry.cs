using Wmk.Kernel.Authorization;
using Wmk.Kernel.Navigation;
using Wmk.Kernel.Settings;

namespace Wmk.Kernel.Modularity;

/// <summary>Everything all modules declared, built once at start-up.</summary>
public sealed class DefinitionRegistry
{
    private readonly Dictionary<string, PermissionDefinition> permissions;
    private readonly Dictionary<string, ValueDefinition> values;

    internal DefinitionRegistry(ModuleCatalog catalog, Func<WmkModule, Type> resourceTypeOf)
    {
        var all = catalog.Modules.Select(m =>
        {
            var definitions = new ModuleDefinitions(m, resourceTypeOf(m));
            if (m.CanBeDisabled)
            {
                definitions.Feature(m.FeatureName, m.EnabledByDefault ? "true" : "false");
            }

            m.Define(definitions);
            return definitions;
        }).ToList();

        permissions = Index(all.SelectMany(d => d.Permissions), p => p.Name, "permission");
        values = Index(all.SelectMany(d => d.Values), v => v.Name, "setting or feature");
        MenuItems = all.SelectMany(d => d.MenuItems).OrderBy(i => i.Order).ToList();
    }

    /// <summary>All permissions.</summary>
    public IEnumerable<PermissionDefinition> Permissions => permissions.Values;

    /// <summary>All settings and features.</summary>
    public IEnumerable<ValueDefinition> Values => values.Values;

    /// <summary>All menu items in display order.</summary>
    public IReadOnlyList<MenuItemDefinition> MenuItems { get; }

    /// <summary>A permission by name, or null.</summary>
    public PermissionDefinition? FindPermission(string name) => permissions.GetValueOrDefault(name);

    /// <summary>A setting or feature by name; throws naming it when undeclared.</summary>
    public ValueDefinition GetValue(string name) =>
        values.GetValueOrDefault(name) ?? throw new InvalidOperationException($"'{name}' is not a declared setting or feature.");

    private static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> key, string what)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!result.TryAdd(key(item), item))
            {
                throw new ModuleLoadException($"The {what} '{key(item)}' is declared twice.");
            }
        }

        return result;
    }
}
