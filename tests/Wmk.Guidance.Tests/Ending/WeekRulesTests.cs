using Wmk.Guidance.Features.Ending.Scheduler;

namespace Wmk.Guidance.Tests.Ending;

public sealed class WeekRulesTests
{
    [Theory]
    [InlineData("2026-11-23", "2026-11-29")]
    [InlineData("2026-11-26", "2026-11-29")]
    [InlineData("2026-11-29", "2026-11-29")]
    [InlineData("2026-12-28", "2027-01-03")]
    [InlineData("2028-02-28", "2028-03-05")]
    public void A_week_runs_from_monday_to_sunday(string day, string sunday) =>
        WeekRules.EndOfWeek(DateOnly.Parse(day)).ShouldBe(DateOnly.Parse(sunday));

    [Theory]
    [InlineData("2026-11-26", "2026-12-06")]
    [InlineData("2026-11-29", "2026-12-06")]
    [InlineData("2026-11-30", "2026-12-13")]
    public void The_scheduler_looks_up_to_the_end_of_next_week(string day, string sunday) =>
        WeekRules.EndOfNextWeek(DateOnly.Parse(day)).ShouldBe(DateOnly.Parse(sunday));
}
