using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

/// <summary>
/// One step in a candidate's status history: the referral itself (<see cref="From"/> null) and every later change by
/// staff, with the reason when one is required. Append-only; the counsellor id is copied from the candidate.
/// </summary>
internal sealed class CandidateStatusChange : ICounselledRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid CandidateId { get; set; }

    public Guid? CounsellorAccountId { get; set; }

    /// <summary>The status before; null for the referral.</summary>
    public CandidateStatus? From { get; set; }

    public CandidateStatus To { get; set; }

    public string? Reason { get; set; }

    /// <summary>The day in Brussels.</summary>
    public DateOnly On { get; set; }

    /// <summary>The exact moment (orders referrals of the same day).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The account that made the change.</summary>
    public Guid? ByAccountId { get; set; }
}
