using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Intake.Matching;

namespace Wmk.Guidance.Tests.Intake;

public sealed class MatchRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Guid Staff = Guid.NewGuid();

    [Fact]
    public void Two_accepted_candidates_open_to_sharing_fit_a_shared_unit_with_two_free_places()
    {
        MatchRules.CheckProposal(Candidate("Lina"), Candidate("Sam", HousingPreference.Either), 2).ShouldBeEmpty();
    }

    [Fact]
    public void Each_broken_condition_names_the_candidate()
    {
        var errors = MatchRules.CheckProposal(
            Candidate("Lina", HousingPreference.Solo), Candidate("Sam", status: CandidateStatus.Invited, open: true), 1);

        errors.Select(e => (e.Key, e.Args.FirstOrDefault())).ShouldBe(
        [
            ("Match:PrefersSolo", "Lina"), ("Match:NotAccepted", "Sam"), ("Match:AlreadyProposed", "Sam"), ("Match:UnitNotFree", 2),
        ]);
    }

    [Fact]
    public void A_candidate_is_not_matched_with_themselves()
    {
        var lina = Candidate("Lina");

        MatchRules.CheckProposal(lina, lina, 2).Select(e => e.Key).ShouldBe(["Match:SameCandidate"]);
    }

    [Fact]
    public void A_match_needs_both_candidates_present_and_the_sharing_agreements()
    {
        Keys(Meeting() with { SecondCandidateAttended = false, Agreements = null }).ShouldBe(["Match:BothMustAttend", "Match:AgreementsRequired"]);
        Keys(Meeting()).ShouldBeEmpty();
    }

    [Fact]
    public void No_match_needs_a_reason_but_no_agreements()
    {
        Keys(Meeting() with { Outcome = MatchStatus.NoMatch, Agreements = null }).ShouldBe(["Match:ReasonRequired"]);
        Keys(Meeting() with { Outcome = MatchStatus.NoMatch, Agreements = null, Reason = "Andere dagritmes" }).ShouldBeEmpty();
        Keys(Meeting() with { Outcome = MatchStatus.Proposed }).ShouldBe(["Match:OutcomeRequired"]);
    }

    [Fact]
    public void The_meeting_lies_between_the_proposal_and_today_with_an_active_staff_member()
    {
        Keys(Meeting() with { MeetingOn = Today.AddDays(1) }).ShouldBe(["Match:DateInFuture"]);
        Keys(Meeting() with { MeetingOn = Today.AddDays(-11) }).ShouldBe(["Match:DateBeforeProposal"]);
        Keys(Meeting() with { StaffAccountIds = [] }).ShouldBe(["Match:StaffRequired"]);
        Keys(Meeting() with { StaffAccountIds = [Staff, Guid.NewGuid()] }).ShouldBe(["Intake:NotStaff"]);
    }

    private static IReadOnlyList<string> Keys(MatchMeetingInput input) =>
        [.. MatchRules.CheckMeeting(input, Today.AddDays(-10), Today, [Staff]).Select(e => e.Key)];

    private static MatchMeetingInput Meeting() => new(Today, true, true, true, false, [Staff], MatchStatus.Matched, null, "Poetsrooster per week");

    private static MatchCandidate Candidate(
        string name, HousingPreference preference = HousingPreference.Shared, CandidateStatus status = CandidateStatus.Accepted, bool open = false) =>
        new(Guid.NewGuid(), name, status, preference, open);
}
