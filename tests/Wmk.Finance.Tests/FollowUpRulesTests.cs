using Wmk.Finance.Domain;
using Wmk.Finance.Features.FollowUp;

namespace Wmk.Finance.Tests;

public sealed class FollowUpRulesTests
{
    private static readonly ArrearsStepKind[] None = [];

    [Fact]
    public void Before_the_message_day_nothing_is_sent()
    {
        for (var day = 1; day < 15; day++)
        {
            FollowUpRules.AutomaticStep(new DateOnly(2026, 12, day), 15, 20, None).ShouldBeNull($"day {day}");
        }
    }

    [Fact]
    public void The_message_goes_on_the_15th_and_the_reminder_on_the_20th()
    {
        FollowUpRules.AutomaticStep(new DateOnly(2026, 12, 15), 15, 20, None).ShouldBe(ArrearsStepKind.Message);
        FollowUpRules.AutomaticStep(new DateOnly(2026, 12, 20), 15, 20, [ArrearsStepKind.Message]).ShouldBe(ArrearsStepKind.Reminder);
    }

    [Fact]
    public void A_step_taken_this_month_is_not_taken_again()
    {
        FollowUpRules.AutomaticStep(new DateOnly(2026, 12, 15), 15, 20, [ArrearsStepKind.Message]).ShouldBeNull();
        FollowUpRules.AutomaticStep(new DateOnly(2026, 12, 19), 15, 20, [ArrearsStepKind.Message]).ShouldBeNull();
        FollowUpRules.AutomaticStep(new DateOnly(2026, 12, 21), 15, 20, [ArrearsStepKind.Message, ArrearsStepKind.Reminder]).ShouldBeNull();
        FollowUpRules.AutomaticStep(new DateOnly(2026, 12, 31), 15, 20, [ArrearsStepKind.Reminder]).ShouldBeNull();
    }

    [Fact]
    public void A_missed_day_is_caught_up_the_next_day()
    {
        FollowUpRules.AutomaticStep(new DateOnly(2026, 12, 16), 15, 20, None).ShouldBe(ArrearsStepKind.Message);
        FollowUpRules.AutomaticStep(new DateOnly(2026, 12, 21), 15, 20, [ArrearsStepKind.Message]).ShouldBe(ArrearsStepKind.Reminder);
    }

    [Fact]
    public void When_both_days_were_missed_only_the_reminder_goes()
    {
        FollowUpRules.AutomaticStep(new DateOnly(2026, 12, 22), 15, 20, None).ShouldBe(ArrearsStepKind.Reminder);
    }

    [Fact]
    public void Days_beyond_the_month_end_are_its_last_day()
    {
        FollowUpRules.DayIn(new DateOnly(2027, 2, 3), 31).ShouldBe(new DateOnly(2027, 2, 28));
        FollowUpRules.DayIn(new DateOnly(2028, 2, 3), 30).ShouldBe(new DateOnly(2028, 2, 29));
        FollowUpRules.DayIn(new DateOnly(2026, 4, 3), 31).ShouldBe(new DateOnly(2026, 4, 30));
        FollowUpRules.DayIn(new DateOnly(2026, 4, 3), 0).ShouldBe(new DateOnly(2026, 4, 1));
        FollowUpRules.AutomaticStep(new DateOnly(2027, 2, 28), 29, 31, None).ShouldBe(ArrearsStepKind.Reminder);
        FollowUpRules.AutomaticStep(new DateOnly(2027, 2, 27), 29, 31, None).ShouldBeNull();
    }

    [Fact]
    public void Late_rent_is_rent_due_before_the_message_day_of_the_month()
    {
        FollowUpRules.LateBefore(new DateOnly(2026, 12, 20), 15).ShouldBe(new DateOnly(2026, 12, 15));
        FollowUpRules.MonthKey(ArrearsStepKind.Message, new DateOnly(2026, 12, 15)).ShouldBe("Message:2026-12");
        FollowUpRules.MonthKey(ArrearsStepKind.Message, new DateOnly(2027, 1, 15)).ShouldNotBe(FollowUpRules.MonthKey(ArrearsStepKind.Message, new DateOnly(2026, 12, 15)));
    }

    [Fact]
    public void The_fund_is_shown_when_a_plan_is_not_enough_and_before_the_justice_of_the_peace()
    {
        FollowUpRules.ShowsFund(ArrearsStepKind.Message, false).ShouldBeFalse();
        FollowUpRules.ShowsFund(ArrearsStepKind.PlanAgreed, false).ShouldBeFalse();
        FollowUpRules.ShowsFund(ArrearsStepKind.PlanAgreed, true).ShouldBeTrue();
        FollowUpRules.ShowsFund(ArrearsStepKind.RegisteredLetter, false).ShouldBeTrue();
        FollowUpRules.ShowsFund(ArrearsStepKind.Conciliation, false).ShouldBeTrue();
        FollowUpRules.ShowsFund(ArrearsStepKind.JusticeOfPeace, false).ShouldBeTrue();
    }

    [Fact]
    public void Manual_steps_are_checked_all_at_once()
    {
        var today = new DateOnly(2026, 12, 20);
        FollowUpRules.CheckStep(ArrearsStepKind.PlanProposed, null, "Samen bekeken", today, today, false).ShouldBeEmpty();
        FollowUpRules.CheckStep(ArrearsStepKind.RegisteredLetter, "RR123456789BE", null, today, today, false).ShouldBeEmpty();
        FollowUpRules.CheckStep(ArrearsStepKind.RegisteredLetter, " ", new string('x', 1001), today.AddDays(1), today, true)
            .Select(e => e.Key).ShouldBe(["FollowUp:TrackingRequired", "FollowUp:NoteTooLong", "FollowUp:FutureStep", "FollowUp:IsPaused"]);
        FollowUpRules.CheckStep(ArrearsStepKind.Message, null, null, today, today, false).Single().Key.ShouldBe("FollowUp:NotManual");
        FollowUpRules.CheckStep(ArrearsStepKind.Closed, null, null, today, today, false).Single().Key.ShouldBe("FollowUp:NotManual");
    }
}
