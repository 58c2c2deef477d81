using Wmk.Kernel.Data;

namespace Wmk.Housing.Domain;

/// <summary>
/// One resident's contract for one place of a unit. The resident is owned by the guidance module (later); until then
/// the contract keeps the resident's id and name.
/// </summary>
internal sealed class OccupancyContract : ITenantOwned, IHasConcurrencyStamp
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>1-based place within the unit.</summary>
    public int Place { get; set; }

    public Guid ResidentId { get; set; }

    public required string ResidentName { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    public string? ExtensionReason { get; set; }

    public DateOnly? TerminatedOn { get; set; }

    public string? TerminationReason { get; set; }

    /// <summary>The last day the place is taken.</summary>
    public DateOnly LastDay => TerminatedOn ?? End;

    public bool Covers(DateOnly day) => Start <= day && day <= LastDay;

    public ContractStatus StatusOn(DateOnly day) =>
        day < Start ? ContractStatus.Planned
        : day <= LastDay ? ContractStatus.Active
        : TerminatedOn is null ? ContractStatus.Ended : ContractStatus.Terminated;
}
