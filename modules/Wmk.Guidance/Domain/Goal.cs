using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

/// <summary>A goal from the guidance clause (begeleidingsclausule), reviewed at each conversation.</summary>
internal sealed class Goal : ICounselledRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>Copied from the resident for the counsellor filter.</summary>
    public Guid? CounsellorAccountId { get; set; }

    public required string Text { get; set; }

    public GoalStatus Status { get; set; } = GoalStatus.Open;

    public DateOnly SetOn { get; set; }
}
