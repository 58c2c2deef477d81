using Wmk.Volunteers.Domain;
using Wmk.Volunteers.Features.Duos;

namespace Wmk.Volunteers.Tests;

public sealed class DuoRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static readonly int Evenings = Availability.From([2, 5, 8]);

    [Fact]
    public void A_proposal_can_be_answered_for_the_set_days_and_lapses_the_day_after()
    {
        var by = DuoRules.AnswerBy(Today, 7);

        by.ShouldBe(new DateOnly(2026, 12, 3));
        DuoRules.StateOf(ProposalAnswer.Pending, by, by).ShouldBe(ProposalState.Pending);
        DuoRules.StateOf(ProposalAnswer.Pending, by, by.AddDays(1)).ShouldBe(ProposalState.Lapsed);
        DuoRules.StateOf(ProposalAnswer.Accepted, by, by.AddDays(30)).ShouldBe(ProposalState.Accepted);
        DuoRules.StateOf(ProposalAnswer.Declined, by, Today).ShouldBe(ProposalState.Declined);
    }

    [Fact]
    public void An_answer_after_the_window_or_a_second_answer_is_refused()
    {
        DuoRules.CheckAnswer(ProposalState.Pending).ShouldBeEmpty();
        DuoRules.CheckAnswer(ProposalState.Lapsed).Single().Key.ShouldBe("Duo:ProposalLapsed");
        DuoRules.CheckAnswer(ProposalState.Accepted).Single().Key.ShouldBe("Duo:ProposalAnswered");
    }

    [Fact]
    public void An_active_volunteer_with_common_time_can_be_proposed() =>
        DuoRules.CheckProposal(DuoStatus.Requested, false, Volunteer(Evenings), Availability.From([5]), Today, false, 12).ShouldBeEmpty();

    [Fact]
    public void A_volunteer_without_intake_without_common_time_or_for_a_running_duo_is_refused()
    {
        var fresh = Volunteer(Availability.From([0]));
        (fresh.Status, fresh.IntakeOn) = (VolunteerStatus.SignedUp, null);

        DuoRules.CheckProposal(DuoStatus.Active, false, fresh, Evenings, Today, false, 12).Select(e => e.Key)
            .ShouldBe(["Duo:NotOpenForProposal", "Duo:VolunteerNotActive", "Duo:NoCommonTime"]);
        DuoRules.CheckProposal(DuoStatus.Proposed, true, Volunteer(Evenings), 0, Today, false, 12).Single().Key.ShouldBe("Duo:NotOpenForProposal");
    }

    [Fact]
    public void Where_the_organisation_asks_a_certificate_a_volunteer_with_an_expired_one_is_refused()
    {
        var volunteer = Volunteer(Evenings);
        volunteer.GoodConductOn = Today.AddMonths(-13);

        DuoRules.CheckProposal(DuoStatus.Requested, false, volunteer, 0, Today, true, 12).Single().Key.ShouldBe("Duo:GoodConductMissing");
        DuoRules.CheckProposal(DuoStatus.Requested, false, volunteer, 0, Today, false, 12).ShouldBeEmpty();
        volunteer.GoodConductOn = Today.AddMonths(-2);
        DuoRules.CheckProposal(DuoStatus.Requested, false, volunteer, 0, Today, true, 12).ShouldBeEmpty();
    }

    [Fact]
    public void Candidates_in_the_same_area_come_first_then_those_sharing_most_time()
    {
        var far = Volunteer(Evenings, "Anna", "Deurne");
        var near = Volunteer(Availability.From([5]), "Bert", "Merksem");
        var farButFree = Volunteer(Availability.From([2, 5, 8, 11]), "Cas", "Wilrijk");

        DuoRules.Rank([far, farButFree, near], "merksem", Evenings).Select(v => v.FirstName).ShouldBe(["Bert", "Anna", "Cas"]);
    }

    [Fact]
    public void A_task_of_kind_other_needs_a_description_and_an_ended_duo_takes_no_task()
    {
        DuoRules.CheckTask(DuoStatus.Active, "VisitDwelling", null).ShouldBeEmpty();
        DuoRules.CheckTask(DuoStatus.Active, "Other", " ").Single().Key.ShouldBe("Duo:TaskDescriptionRequired");
        DuoRules.CheckTask(DuoStatus.Ended, "Cleaning", null).Select(e => e.Key).ShouldBe(["Duo:IsEnded", "Duo:TaskKindUnknown"]);
    }

    [Fact]
    public void A_duo_ends_between_its_start_and_today_with_an_outcome()
    {
        var duo = new DuoTraject { Status = DuoStatus.Active, StartedOn = Today.AddDays(-30) };

        DuoRules.CheckEnd(duo, Today, "FoundHousing", null, Today).ShouldBeEmpty();
        DuoRules.CheckEnd(duo, Today.AddDays(-31), null, null, Today).Select(e => e.Key).ShouldBe(["Duo:EndDateInvalid", "Duo:OutcomeRequired"]);
        DuoRules.CheckEnd(new DuoTraject { Status = DuoStatus.Requested }, Today, "Other", null, Today).Single().Key.ShouldBe("Duo:NotActive");
    }

    private static Volunteer Volunteer(int availability, string first = "Vera", string? area = null) => new()
    {
        FirstName = first, LastName = "Vrijwilliger", Email = first.ToLowerInvariant() + "@example.be", Availability = availability, Area = area,
        Status = VolunteerStatus.Active, IntakeOn = Today.AddDays(-10),
    };
}
