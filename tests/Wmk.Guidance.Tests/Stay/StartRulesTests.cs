using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Start;
using Wmk.Housing.Contracts;

namespace Wmk.Guidance.Tests.Stay;

public sealed class StartRulesTests
{
    private static readonly DateOnly Referred = new(2026, 4, 1);

    [Fact]
    public void An_accepted_candidate_starts_on_a_free_place_on_or_after_the_referral()
    {
        StartRules.Check(Candidate(CandidateStatus.Accepted), Referred, placeIsFree: true, caseWorkerIsStaff: true).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(6)]
    [InlineData(7)]
    public void Only_an_accepted_candidate_starts(int status) =>
        StartRules.Check(Candidate((CandidateStatus)status), Referred, true, true).Select(e => e.Key).ShouldBe(["Stay:Start:NotAccepted"]);

    [Fact]
    public void A_start_before_the_referral_is_refused_with_both_dates()
    {
        StartRules.Check(Candidate(CandidateStatus.Accepted), Referred.AddDays(-1), true, true).Select(e => e.ToString())
            .ShouldBe(["Stay:Start:BeforeReferral(31/03/2026, 01/04/2026)"]);
    }

    [Fact]
    public void A_taken_place_and_a_case_worker_outside_the_staff_are_refused_together()
    {
        StartRules.Check(Candidate(CandidateStatus.Accepted), Referred.AddMonths(2), false, false).Select(e => e.ToString())
            .ShouldBe(["Stay:Start:PlaceNotFree(01/06/2026)", "Stay:Start:CaseWorkerUnknown()"]);
    }

    [Fact]
    public void Places_matching_the_preference_come_first()
    {
        var shared = Place("Bredabaan 1", shared: true);
        var solo = Place("Astridplein 2", shared: false);

        StartRules.Order([shared, solo], HousingPreference.Solo).ShouldBe([solo, shared]);
        StartRules.Order([solo, shared], HousingPreference.Shared).ShouldBe([shared, solo]);
        StartRules.Order([shared, solo], HousingPreference.Either).ShouldBe([solo, shared]);
        StartRules.Matches(shared, HousingPreference.Solo).ShouldBeFalse();
        StartRules.Matches(shared, HousingPreference.Either).ShouldBeTrue();
    }

    private static Candidate Candidate(CandidateStatus status) => new()
    {
        FirstName = "Noor", LastName = "Test", CounsellorName = "Consulent", ReferredOn = Referred, Status = status,
        BirthDate = new DateOnly(2006, 5, 1), GuidanceStartedOn = Referred.AddMonths(-3), ExpectedStartOn = Referred.AddMonths(2),
    };

    private static FreePlaceInfo Place(string address, bool shared) =>
        new(Guid.NewGuid(), address, "Merksem", shared, shared ? 2 : 1, 1, new DateOnly(2028, 6, 30));
}
