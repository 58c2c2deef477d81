using Wmk.Kernel.Data;

namespace Wmk.GroupMeetings.Domain;

/// <summary>A resident's laundry slot at a location (unique per location, day and start); a cancellation removes it.</summary>
internal sealed class LaundryBooking : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid LocationId { get; set; }

    public Guid ResidentId { get; set; }

    public required string ResidentName { get; set; }

    public DateOnly Day { get; set; }

    public TimeOnly StartsAt { get; set; }

    public TimeOnly EndsAt { get; set; }

    public bool NoShow { get; set; }

    public DateTimeOffset BookedAt { get; set; }
}
