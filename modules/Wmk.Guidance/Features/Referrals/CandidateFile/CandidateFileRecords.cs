using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Referrals.CandidateFile;

internal sealed record StatusStep(DateOnly On, CandidateStatus? From, CandidateStatus To, string? Reason);

/// <summary>A candidate's file: the referral, the status and its history, the waiting-list position (null when not waiting).</summary>
internal sealed record CandidateView(
    Guid Id, string FirstName, string LastName, DateOnly BirthDate, Gender Gender, Guid? WelfarePartnerId, string? Partner,
    string CounsellorName, string? CounsellorEmail, string? CounsellorPhone, bool CounsellorHasAccount, HousingPreference Preference,
    DateOnly GuidanceStartedOn, DateOnly ReferredOn, DateOnly ExpectedStartOn, string? SharedNotes, CandidateStatus Status, string? StatusReason,
    DateOnly? StatusChangedOn, Guid? LinkedCandidateId, int? Position, Guid ConcurrencyStamp, IReadOnlyList<StatusStep> History);
