namespace Wmk.Kernel.Data;

/// <summary>
/// Marks an entity as shared across tenants on purpose (host data, reference data, global accounts).
/// Every entity is either <see cref="ITenantOwned"/> or carries this mark; a model test checks it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SharedDataAttribute(string reason) : Attribute
{
    /// <summary>Why the data is not tenant-owned.</summary>
    public string Reason { get; } = reason;
}
