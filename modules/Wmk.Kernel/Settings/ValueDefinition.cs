namespace Wmk.Kernel.Settings;

/// <summary>Settings and features share one definition and value chain.</summary>
public enum ValueKind
{
    /// <summary>A setting: user, tenant, host configuration, default.</summary>
    Setting,

    /// <summary>A feature: tenant, host configuration, default.</summary>
    Feature,
}

/// <summary>A declared setting or feature with its default.</summary>
public sealed record ValueDefinition(
    string Name, ValueKind Kind, string? DefaultValue, bool IsSecret, bool UserScoped, string ModuleName, Type ResourceType);
