using Wmk.Kernel.Data;

namespace Wmk.Kernel.Settings;

/// <summary>A tenant's (or one of its users') value for a setting or feature.</summary>
public sealed class TenantValue : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public ValueKind Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>Set for a user's own value; null for the tenant's.</summary>
    public Guid? UserId { get; set; }

    /// <summary>The value; encrypted for secret settings.</summary>
    public string? Value { get; set; }
}
