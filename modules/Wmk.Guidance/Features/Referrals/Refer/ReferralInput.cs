using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Referrals.Refer;

/// <summary>
/// A referral (aanmelding). A partner counsellor refers as themself (the counsellor fields are then taken from their
/// membership); staff give the counsellor's name and contact and may link a partner counsellor's account by e-mail.
/// <see cref="LinkToCandidateId"/> and <see cref="ConfirmedOtherPerson"/> answer a duplicate warning (staff only).
/// </summary>
internal sealed record ReferralInput(
    string? FirstName,
    string? LastName,
    DateOnly BirthDate,
    Gender Gender,
    Guid? WelfarePartnerId,
    string? CounsellorName,
    string? CounsellorEmail,
    string? CounsellorPhone,
    string? CounsellorAccountEmail,
    HousingPreference Preference,
    DateOnly GuidanceStartedOn,
    DateOnly ExpectedStartOn,
    string? SharedNotes,
    Guid? LinkToCandidateId = null,
    bool ConfirmedOtherPerson = false);

/// <summary>The tenant's referral settings (GuidanceSettings).</summary>
internal sealed record ReferralLimits(int MinAge, int MaxAge, int MinGuidanceMonths);
