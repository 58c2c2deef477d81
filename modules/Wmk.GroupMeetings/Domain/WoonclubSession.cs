using Wmk.Kernel.Data;

namespace Wmk.GroupMeetings.Domain;

/// <summary>A Woonclub evening at a location: cooking and eating together around one theme.</summary>
internal sealed class WoonclubSession : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid LocationId { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly StartsAt { get; set; }

    public TimeOnly EndsAt { get; set; }

    public required string Theme { get; set; }

    public string? Description { get; set; }

    public DateOnly? InvitedOn { get; set; }

    public int InvitedResidents { get; set; }

    public int InvitedCounsellors { get; set; }

    public DateOnly? RemindedOn { get; set; }
}
