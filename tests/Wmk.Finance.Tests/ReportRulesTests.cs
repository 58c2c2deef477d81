using Wmk.Finance.Features.Reports;

namespace Wmk.Finance.Tests;

public sealed class ReportRulesTests
{
    private static readonly DateOnly Feb = new(2026, 2, 1);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 1)]
    [InlineData(60, 1)]
    [InlineData(61, 2)]
    [InlineData(90, 2)]
    [InlineData(91, 3)]
    [InlineData(400, 3)]
    public void Arrears_fall_in_age_buckets_at_their_boundaries(int days, int bucket)
    {
        ReportRules.Bucket(days).ShouldBe(bucket);
        ReportRules.Buckets[bucket].ShouldBe(new[] { "0-30", "31-60", "61-90", "90+" }[bucket]);
    }

    [Fact]
    public void The_technical_manager_fee_is_owed_for_every_available_day_occupied_or_vacant()
    {
        // available the whole of February, nobody lives there: friction vacancy still costs the whole fee
        ReportRules.Payable(90m, Feb, Feb.AddMonths(-6), Feb.AddMonths(6)).ShouldBe(90m);
        ReportRules.VacantDays(Feb, Feb.AddMonths(-6), Feb.AddMonths(6), []).ShouldBe(28);
        // a resident leaves on 10/02 and the next one starts on 20/02: nine vacant days, the fee is the same
        (DateOnly, DateOnly)[] stays = [(Feb.AddMonths(-11), new DateOnly(2026, 2, 10)), (new DateOnly(2026, 2, 20), Feb.AddYears(1))];
        ReportRules.VacantDays(Feb, Feb.AddMonths(-6), Feb.AddMonths(6), stays).ShouldBe(9);
        ReportRules.Payable(90m, Feb, Feb.AddMonths(-6), Feb.AddMonths(6)).ShouldBe(90m);
    }

    [Fact]
    public void A_unit_available_for_part_of_a_month_costs_its_days_pro_rata()
    {
        ReportRules.Payable(90m, Feb, new DateOnly(2026, 2, 15), Feb.AddYears(1)).ShouldBe(45m); // 14 of 28 days
        ReportRules.Payable(100m, Feb, Feb.AddMonths(-1), new DateOnly(2026, 2, 1)).ShouldBe(3.57m); // 1 of 28 days
        ReportRules.Payable(90m, Feb, Feb.AddMonths(1), Feb.AddYears(1)).ShouldBe(0m);
        ReportRules.VacantDays(Feb, new DateOnly(2026, 2, 15), Feb.AddYears(1), [(new DateOnly(2026, 2, 20), Feb.AddYears(1))]).ShouldBe(5);
    }

    [Fact]
    public void A_period_is_its_whole_months()
    {
        ReportRules.Months(new DateOnly(2025, 11, 20), new DateOnly(2026, 2, 3)).ShouldBe([new(2025, 11, 1), new(2025, 12, 1), new(2026, 1, 1), Feb]);
        ReportRules.Months(Feb, Feb.AddDays(-1)).ShouldBeEmpty();
    }

    [Fact]
    public void The_paid_share_of_a_line_follows_the_paid_part_of_its_charge()
    {
        ReportRules.PaidShare(50m, 327m, 0m).ShouldBe(50m);
        ReportRules.PaidShare(50m, 327m, 327m).ShouldBe(0m);
        ReportRules.PaidShare(50m, 200m, 100m).ShouldBe(25m);
        ReportRules.PaidShare(50m, 0m, 0m).ShouldBe(0m);
    }
}
