using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

/// <summary>
/// A young person referred by a counsellor (aanmelding): on the waiting list until invited, taken in, accepted and
/// started (then a <see cref="Resident"/> carries the stay), or put on hold or withdrawn.
/// </summary>
internal sealed class Candidate : ICounselledRecord, IHasConcurrencyStamp
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public DateOnly BirthDate { get; set; }

    public Gender Gender { get; set; }

    /// <summary>The young person's own e-mail address, if known (notices at the contract end go there).</summary>
    public string? Email { get; set; }

    /// <summary>The referring welfare partner, if known.</summary>
    public Guid? WelfarePartnerId { get; set; }

    /// <summary>The partner counsellor's account when they have one in this tenant (they then see this candidate).</summary>
    public Guid? CounsellorAccountId { get; set; }

    public required string CounsellorName { get; set; }

    public string? CounsellorEmail { get; set; }

    public string? CounsellorPhone { get; set; }

    public HousingPreference Preference { get; set; }

    /// <summary>The day the counsellor's guidance began (at least two months before the referral by default).</summary>
    public DateOnly GuidanceStartedOn { get; set; }

    /// <summary>The day of the referral: the waiting-list order.</summary>
    public DateOnly ReferredOn { get; set; }

    /// <summary>The expected start of the stay (the age check is made on this day).</summary>
    public DateOnly ExpectedStartOn { get; set; }

    /// <summary>What the counsellor chose to share at referral (visible to staff and the counsellor).</summary>
    public string? SharedNotes { get; set; }

    public CandidateStatus Status { get; set; } = CandidateStatus.Waiting;

    /// <summary>Why the status was set (required for on hold, withdrawn and rejected).</summary>
    public string? StatusReason { get; set; }

    public DateOnly? StatusChangedOn { get; set; }

    /// <summary>An earlier candidate record of the same person, linked on purpose by staff (never merged).</summary>
    public Guid? LinkedCandidateId { get; set; }

    public string FullName => FirstName + " " + LastName;
}
