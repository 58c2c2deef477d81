namespace Wmk.Kernel.Authorization;

/// <summary>Whether a permission is granted on the host (operator) side or inside a tenant.</summary>
public enum PermissionSide
{
    /// <summary>Granted to roles inside a tenant.</summary>
    Tenant,

    /// <summary>Held by the host's operators.</summary>
    Host,
}

/// <summary>A permission a module declares as a constant and guards its pages and endpoints with.</summary>
public sealed record PermissionDefinition(string Name, PermissionSide Side, string ModuleName, Type ResourceType)
{
    /// <summary>Roles that get this permission when a tenant is created (the coordinator gets every tenant permission).</summary>
    public IReadOnlyList<string> DefaultRoles { get; init; } = [];
}
