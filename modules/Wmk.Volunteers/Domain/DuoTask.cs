using Wmk.Kernel.Data;

namespace Wmk.Volunteers.Domain;

/// <summary>A clearly bounded task the duo agreed on (volunteers never take over the counsellor's work).</summary>
internal sealed class DuoTask : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid TrajectId { get; set; }

    public DuoTaskKind Kind { get; set; }

    public string? Description { get; set; }

    public DateOnly AgreedOn { get; set; }
}

internal enum DuoTaskKind
{
    SearchOnline,
    VisitNeighbourhood,
    VisitDwelling,
    CallOwnerOrAgency,
    Other,
}
