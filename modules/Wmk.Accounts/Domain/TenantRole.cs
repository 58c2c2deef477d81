using Wmk.Kernel.Data;

namespace Wmk.Accounts.Domain;

/// <summary>A role inside one organisation; the default ones are seeded and cannot be deleted.</summary>
internal sealed class TenantRole : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public required string Name { get; set; }

    public bool IsStatic { get; set; }
}
