using Wmk.GroupMeetings.Features.Laundry;

namespace Wmk.GroupMeetings.Tests;

public sealed class LaundryRulesTests
{
    private static readonly LaundryHours TuesdayAndFriday = new([DayOfWeek.Tuesday, DayOfWeek.Friday], new(9, 0), new(17, 0), 90);
    private static readonly DateOnly Tuesday = new(2026, 12, 1);
    private static readonly DateTime MondayNoon = new(2026, 11, 30, 12, 0, 0);

    private static List<string> Keys(DateOnly day, TimeOnly start, DateTime now, (DateOnly, TimeOnly, TimeOnly)[]? own = null, int cap = 2) =>
        [.. LaundryRules.CheckBooking(TuesdayAndFriday, day, start, now, own ?? [], cap).Select(e => e.Key)];

    [Fact]
    public void Slots_start_at_opening_and_only_whole_slots_fit_before_closing()
    {
        var slots = LaundryRules.Slots(TuesdayAndFriday);

        slots.Select(s => s.Start).ShouldBe([new(9, 0), new(10, 30), new(12, 0), new(13, 30), new(15, 0)]);
        slots[^1].End.ShouldBe(new TimeOnly(16, 30));
    }

    [Fact]
    public void A_free_slot_on_a_laundry_day_in_the_future_is_bookable()
    {
        Keys(Tuesday, new(10, 30), MondayNoon).ShouldBeEmpty();
    }

    [Fact]
    public void A_slot_on_another_weekday_or_off_the_slot_grid_or_after_closing_is_outside_the_opening_hours()
    {
        Keys(Tuesday.AddDays(1), new(10, 30), MondayNoon).ShouldBe(["Booking:OutsideHours"]);
        Keys(Tuesday, new(10, 0), MondayNoon).ShouldBe(["Booking:OutsideHours"]);
        Keys(Tuesday, new(16, 30), MondayNoon).ShouldBe(["Booking:OutsideHours"]);
        Keys(Tuesday, new(7, 30), MondayNoon).ShouldBe(["Booking:OutsideHours"]);
    }

    [Fact]
    public void A_slot_that_has_started_or_is_over_is_in_the_past()
    {
        Keys(Tuesday, new(10, 30), new DateTime(2026, 12, 1, 10, 30, 0)).ShouldBe(["Booking:InPast"]);
        Keys(Tuesday, new(10, 30), new DateTime(2026, 12, 1, 10, 29, 0)).ShouldBeEmpty();
        Keys(Tuesday.AddDays(-7), new(10, 30), MondayNoon).ShouldBe(["Booking:InPast"]);
    }

    [Fact]
    public void A_resident_cannot_hold_two_overlapping_slots_even_at_two_locations()
    {
        Keys(Tuesday, new(10, 30), MondayNoon, [(Tuesday, new(10, 0), new(11, 0))]).ShouldBe(["Booking:ResidentOverlap"]);
        Keys(Tuesday, new(12, 0), MondayNoon, [(Tuesday, new(10, 30), new(12, 0))]).ShouldBeEmpty();
    }

    [Fact]
    public void The_weekly_cap_counts_the_residents_slots_from_monday_to_sunday()
    {
        var friday = Tuesday.AddDays(3);
        Keys(friday, new(9, 0), MondayNoon, [(Tuesday, new(9, 0), new(10, 30)), (Tuesday, new(12, 0), new(13, 30))]).ShouldBe(["Booking:OverCap"]);
        Keys(friday, new(9, 0), MondayNoon, [(Tuesday, new(9, 0), new(10, 30))]).ShouldBeEmpty();
        Keys(friday.AddDays(4), new(9, 0), MondayNoon, [(Tuesday, new(9, 0), new(10, 30)), (friday, new(9, 0), new(10, 30))]).ShouldBeEmpty();
        Keys(friday, new(9, 0), MondayNoon, [(Tuesday, new(9, 0), new(10, 30))], cap: 1).ShouldBe(["Booking:OverCap"]);
    }

    [Fact]
    public void No_laundry_set_up_or_no_slot_chosen_is_refused()
    {
        LaundryRules.CheckBooking(null, Tuesday, new(9, 0), MondayNoon, [], 2).Single().Key.ShouldBe("Booking:NoLaundry");
        LaundryRules.CheckBooking(TuesdayAndFriday, null, null, MondayNoon, [], 2).Single().Key.ShouldBe("Booking:SlotRequired");
    }

    [Fact]
    public void Settings_need_one_or_two_different_days_hours_in_order_and_a_slot_that_fits()
    {
        static string[] Check(DayOfWeek[]? days, int opens, int closes, int? slot) =>
            [.. LaundryRules.CheckSettings(new(days, new(opens, 0), new(closes, 0), slot)).Select(e => e.Key)];

        Check([DayOfWeek.Tuesday], 9, 17, 60).ShouldBeEmpty();
        Check([DayOfWeek.Tuesday, DayOfWeek.Friday], 9, 17, 240).ShouldBeEmpty();
        Check([], 9, 17, 60).ShouldBe(["Laundry:DaysInvalid"]);
        Check([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Friday], 9, 17, 60).ShouldBe(["Laundry:DaysInvalid"]);
        Check([DayOfWeek.Tuesday, DayOfWeek.Tuesday], 9, 17, 60).ShouldBe(["Laundry:DaysInvalid"]);
        Check([DayOfWeek.Tuesday], 17, 9, 60).ShouldBe(["Laundry:ClosesBeforeOpens"]);
        Check([DayOfWeek.Tuesday], 9, 17, 10).ShouldBe(["Laundry:SlotInvalid"]);
        Check([DayOfWeek.Tuesday], 9, 10, 90).ShouldBe(["Laundry:NoSlotFits"]);
    }

    [Fact]
    public void The_week_starts_on_monday()
    {
        LaundryRules.WeekOf(new DateOnly(2026, 12, 6)).ShouldBe(new DateOnly(2026, 11, 30));
        LaundryRules.WeekOf(new DateOnly(2026, 11, 30)).ShouldBe(new DateOnly(2026, 11, 30));
        LaundryRules.DaysOfWeek(TuesdayAndFriday, new DateOnly(2026, 11, 30)).ShouldBe([Tuesday, Tuesday.AddDays(3)]);
    }
}
