using Wmk.Kernel.Data;

namespace Wmk.GroupMeetings.Domain;

/// <summary>Walk-in hours (inloopmoment) held at a location: how many came and what they came for.</summary>
internal sealed class WalkIn : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid LocationId { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly StartsAt { get; set; }

    public TimeOnly EndsAt { get; set; }

    public int Visitors { get; set; }

    public string? Topics { get; set; }
}
