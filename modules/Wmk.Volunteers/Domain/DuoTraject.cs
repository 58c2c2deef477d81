using Wmk.Kernel.Data;

namespace Wmk.Volunteers.Domain;

/// <summary>A resident's request for a volunteer for the housing search, and the duo it becomes.</summary>
internal sealed class DuoTraject : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    /// <summary>The resident (guidance module, through <c>IResidents</c>).</summary>
    public Guid ResidentId { get; set; }

    public DateOnly RequestedOn { get; set; }

    /// <summary>The district where the resident looks.</summary>
    public string? Area { get; set; }

    /// <summary>The parts of day that suit the resident (<see cref="Availability"/> bits; 0: any).</summary>
    public int Availability { get; set; }

    /// <summary>Staff's note on the request; never shown to the volunteer.</summary>
    public string? RequestNote { get; set; }

    public DuoStatus Status { get; set; }

    public Guid? VolunteerId { get; set; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public DuoOutcome? Outcome { get; set; }

    public string? OutcomeNote { get; set; }
}

internal enum DuoStatus
{
    Requested,
    Proposed,
    Active,
    Ended,
}

internal enum DuoOutcome
{
    FoundHousing,
    ResidentStopped,
    VolunteerStopped,
    NoLongerNeeded,
    Other,
}
