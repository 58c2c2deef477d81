using Wmk.Guidance.Features.Reports;

namespace Wmk.Guidance.Tests.Reports;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("2026-12-31T22:59:00Z", 2026)]
    [InlineData("2026-12-31T23:00:00Z", 2027)]
    [InlineData("2027-06-30T21:59:00Z", 2027)]
    public void The_default_year_is_the_year_in_brussels(string utc, int year) =>
        ReportPeriod.Year(null, new FixedClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture))).ShouldBe(year);

    [Fact]
    public void A_year_asked_for_wins_over_the_clock() =>
        ReportPeriod.Year(2022, new FixedClock(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero))).ShouldBe(2022);

    [Theory]
    [InlineData(2000, 1, true)]
    [InlineData(2027, 10, true)]
    [InlineData(1999, 1, false)]
    [InlineData(2028, 1, false)]
    [InlineData(2026, 0, false)]
    [InlineData(2026, 11, false)]
    public void Years_run_from_2000_to_next_year_and_one_to_ten_back(int year, int years, bool valid) =>
        ReportPeriod.CheckYears(year, years, new DateOnly(2026, 11, 26)).Count.ShouldBe(valid ? 0 : 1);

    [Fact]
    public void A_period_must_end_after_its_start_and_span_at_most_ten_years()
    {
        ReportPeriod.CheckRange(new(2026, 1, 1), new(2026, 1, 1)).ShouldBeEmpty();
        ReportPeriod.CheckRange(new(2016, 1, 1), new(2026, 1, 1)).ShouldBeEmpty();
        ReportPeriod.CheckRange(new(2016, 1, 1), new(2026, 1, 2)).Single().Key.ShouldBe("Reports:PeriodInvalid");
        ReportPeriod.CheckRange(new(2026, 1, 2), new(2026, 1, 1)).Single().Key.ShouldBe("Reports:PeriodInvalid");
    }

    [Theory]
    [InlineData(12.25, 12.3)]
    [InlineData(12.35, 12.4)]
    [InlineData(12.24, 12.2)]
    [InlineData(99.95, 100.0)]
    public void Figures_are_rounded_to_one_decimal_away_from_zero(double value, double rounded) =>
        ReportPeriod.OneDecimal((decimal)value).ShouldBe((decimal)rounded);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
