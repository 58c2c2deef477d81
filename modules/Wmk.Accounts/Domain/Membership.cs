using Wmk.Kernel.Data;

namespace Wmk.Accounts.Domain;

/// <summary>An account's place in one organisation, with its roles there.</summary>
internal sealed class Membership : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid AccountId { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public List<MembershipRole> Roles { get; set; } = [];
}

/// <summary>One role of a membership.</summary>
internal sealed class MembershipRole : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid MembershipId { get; set; }

    public required string RoleName { get; set; }
}
