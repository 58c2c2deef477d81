using Wmk.Kernel.Data;

namespace Wmk.GroupMeetings.Domain;

/// <summary>A neighbourhood apartment (buurtappartement): Woonclub, walk-in hours and the laundry.</summary>
internal sealed class Location : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public required string Name { get; set; }

    public required string Address { get; set; }

    /// <summary>The district its residents live in (compared with the district of a resident's unit).</summary>
    public required string Neighbourhood { get; set; }

    /// <summary>The housing unit the apartment is, when it is one of the tenant's units.</summary>
    public Guid? UnitId { get; set; }

    /// <summary>The secret in the URL of the location's calendar feed.</summary>
    public required string FeedToken { get; set; }

    public DayOfWeek? LaundryDay1 { get; set; }

    public DayOfWeek? LaundryDay2 { get; set; }

    public TimeOnly? LaundryOpens { get; set; }

    public TimeOnly? LaundryCloses { get; set; }

    public int SlotMinutes { get; set; } = 60;

    /// <summary>The Monday of the last week whose laundry days were announced.</summary>
    public DateOnly? LaundryAnnouncedWeek { get; set; }
}
