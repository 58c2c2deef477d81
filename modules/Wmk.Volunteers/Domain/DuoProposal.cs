using Wmk.Kernel.Data;

namespace Wmk.Volunteers.Domain;

/// <summary>Staff propose a volunteer for a traject; the volunteer answers before <see cref="AnswerBy"/> or it lapses.</summary>
internal sealed class DuoProposal : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid TrajectId { get; set; }

    public Guid VolunteerId { get; set; }

    public DateOnly ProposedOn { get; set; }

    /// <summary>The last day an answer counts.</summary>
    public DateOnly AnswerBy { get; set; }

    public ProposalAnswer Answer { get; set; }

    public DateOnly? AnsweredOn { get; set; }
}

/// <summary>The stored answer; <see cref="ProposalState.Lapsed"/> is derived from the day.</summary>
internal enum ProposalAnswer
{
    Pending,
    Accepted,
    Declined,
}

internal enum ProposalState
{
    Pending,
    Accepted,
    Declined,
    Lapsed,
}
