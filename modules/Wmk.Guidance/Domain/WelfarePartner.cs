using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

/// <summary>
/// A welfare partner that refers candidates (an emergency shelter, a youth care service, a CAW team). A partner with
/// priority goes first on the waiting list, for at most <see cref="PriorityCap"/> places held at once.
/// </summary>
internal sealed class WelfarePartner : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public required string Name { get; set; }

    public bool HasPriority { get; set; }

    /// <summary>The most places (candidates invited or accepted, plus residents) a priority partner holds at once; null: the tenant setting.</summary>
    public int? PriorityCap { get; set; }
}
