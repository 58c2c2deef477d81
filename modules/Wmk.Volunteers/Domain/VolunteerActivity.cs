using Wmk.Kernel.Data;

namespace Wmk.Volunteers.Domain;

/// <summary>Hours a volunteer or intern gave outside a duo (give-away corner, Woonclub help, internship work).</summary>
internal sealed class VolunteerActivity : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid VolunteerId { get; set; }

    public ActivityKind Kind { get; set; }

    public DateOnly On { get; set; }

    public decimal Hours { get; set; }

    public string? Note { get; set; }
}

internal enum ActivityKind
{
    GiveAwayCorner,
    WoonclubHelp,
    Internship,
    Other,
}
