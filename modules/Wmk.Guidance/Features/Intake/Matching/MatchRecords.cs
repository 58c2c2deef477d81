using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Intake.Matching;

internal sealed record MatchProposalInput(Guid FirstCandidateId, Guid SecondCandidateId, Guid UnitId);

/// <summary>The first meeting and its outcome (<see cref="MatchStatus.Matched"/> with the sharing agreements, or
/// <see cref="MatchStatus.NoMatch"/> with a reason).</summary>
internal sealed record MatchMeetingInput(
    DateOnly MeetingOn, bool FirstCandidateAttended, bool SecondCandidateAttended, bool FirstCounsellorAttended, bool SecondCounsellorAttended,
    IReadOnlyList<Guid>? StaffAccountIds, MatchStatus Outcome, string? Reason, string? Agreements);

/// <summary>What the proposal rules need to know of a candidate.</summary>
internal sealed record MatchCandidate(Guid Id, string Name, CandidateStatus Status, HousingPreference Preference, bool InOpenProposal);

internal sealed record MatchView(
    Guid Id, Guid FirstCandidateId, string FirstCandidate, Guid SecondCandidateId, string SecondCandidate, Guid UnitId, string UnitAddress,
    DateOnly ProposedOn, MatchStatus Status, DateOnly? MeetingOn, bool FirstCandidateAttended, bool SecondCandidateAttended,
    bool FirstCounsellorAttended, bool SecondCounsellorAttended, IReadOnlyList<string> Staff, string? Reason, string? Agreements);

/// <summary>A shared unit with at least two free places today.</summary>
internal sealed record SharedUnitOption(Guid UnitId, string Address, string District, int FreePlaces);

/// <summary>What a new proposal can be made of: accepted candidates open to sharing and not in an open proposal, free shared units.</summary>
internal sealed record MatchOptions(IReadOnlyList<(Guid Id, string Name)> Candidates, IReadOnlyList<SharedUnitOption> Units);
