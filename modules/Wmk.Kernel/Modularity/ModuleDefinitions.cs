using Wmk.Kernel.Authorization;
using Wmk.Kernel.Navigation;
using Wmk.Kernel.Settings;

namespace Wmk.Kernel.Modularity;

/// <summary>Collects what one module declares; the kernel merges all modules into <see cref="DefinitionRegistry"/>.</summary>
public sealed class ModuleDefinitions(WmkModule module, Type resourceType)
{
    internal List<PermissionDefinition> Permissions { get; } = [];

    internal List<ValueDefinition> Values { get; } = [];

    internal List<MenuItemDefinition> MenuItems { get; } = [];

    /// <summary>The module declaring.</summary>
    public WmkModule Module { get; } = module;

    /// <summary>The resource class holding the module's texts (for menu and permission names).</summary>
    public Type ResourceType { get; set; } = resourceType;

    /// <summary>Declares a permission; its display text is the resource key "Permission:{name}".</summary>
    public PermissionDefinition Permission(string name, PermissionSide side = PermissionSide.Tenant, params string[] defaultRoles)
    {
        var permission = new PermissionDefinition(name, side, Module.Name, ResourceType) { DefaultRoles = defaultRoles };
        Permissions.Add(permission);
        return permission;
    }

    /// <summary>Declares a setting with its default; secret settings are stored encrypted.</summary>
    public ValueDefinition Setting(string name, string? defaultValue, bool isSecret = false, bool userScoped = false)
    {
        var setting = new ValueDefinition(name, ValueKind.Setting, defaultValue, isSecret, userScoped, Module.Name, ResourceType);
        Values.Add(setting);
        return setting;
    }

    /// <summary>Declares a per-tenant feature (a switch or a limit).</summary>
    public ValueDefinition Feature(string name, string defaultValue)
    {
        var feature = new ValueDefinition(name, ValueKind.Feature, defaultValue, false, false, Module.Name, ResourceType);
        Values.Add(feature);
        return feature;
    }

    /// <summary>Adds a menu item that shows when the module is on and the user holds the permission.</summary>
    public MenuItemDefinition MenuItem(string textKey, string url, string? permission, int order = 100, MenuArea area = MenuArea.Tenant)
    {
        var item = new MenuItemDefinition(textKey, url, permission, order, area, Module.Name, ResourceType);
        MenuItems.Add(item);
        return item;
    }
}
