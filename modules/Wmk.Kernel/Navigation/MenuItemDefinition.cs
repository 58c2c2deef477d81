namespace Wmk.Kernel.Navigation;

/// <summary>Which menu an item belongs to.</summary>
public enum MenuArea
{
    /// <summary>The organisation's main menu.</summary>
    Tenant,

    /// <summary>The organisation's administration menu.</summary>
    TenantAdmin,

    /// <summary>The host operator's menu.</summary>
    Host,
}

/// <summary>A menu item a module contributes; shown only when its module is on and the permission is held.</summary>
public sealed record MenuItemDefinition(
    string TextKey, string Url, string? Permission, int Order, MenuArea Area, string ModuleName, Type ResourceType);
