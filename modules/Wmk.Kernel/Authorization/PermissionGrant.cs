using Wmk.Kernel.Data;

namespace Wmk.Kernel.Authorization;

/// <summary>A permission granted to a role inside one tenant.</summary>
public sealed class PermissionGrant : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public required string RoleName { get; set; }

    public required string PermissionName { get; set; }
}
