using Wmk.Finance.Features.Charges;
using Wmk.Finance.Features.Quotes;

namespace Wmk.Finance.Tests;

public sealed class ChargeRulesTests
{
    private static readonly QuoteLine[] Solo = [new("Bezetting", 110m, 110m), new("Forfait", 65m, 65m), new("Beheer", 90m, 90m)];

    [Fact]
    public void A_full_month_charges_the_full_amount()
    {
        var charge = ChargeRules.For(Solo, new(2026, 3, 1), new(2026, 1, 10), new(2026, 12, 31))!;

        charge.Total.ShouldBe(265m);
        charge.From.ShouldBe(new DateOnly(2026, 3, 1));
        charge.To.ShouldBe(new DateOnly(2026, 3, 31));
    }

    [Theory]
    [InlineData(2026, 2, 15, 14, 28)]
    [InlineData(2024, 2, 15, 15, 29)]
    [InlineData(2026, 1, 31, 1, 31)]
    [InlineData(2026, 4, 30, 1, 30)]
    [InlineData(2026, 4, 1, 30, 30)]
    public void The_first_month_is_charged_from_the_start_day_on_month_ends_and_in_leap_years(int year, int month, int day, int days, int inMonth)
    {
        var charge = ChargeRules.For(Solo, new(year, month, 1), new(year, month, day), new(year + 1, month, day))!;

        charge.Total.ShouldBe(Math.Round(265m * days / inMonth, 2, MidpointRounding.AwayFromZero));
        charge.To.ShouldBe(new DateOnly(year, month, inMonth));
    }

    [Fact]
    public void The_last_month_is_charged_to_the_last_day_and_no_month_outside_the_contract()
    {
        var last = ChargeRules.For(Solo, new(2026, 2, 1), new(2025, 2, 10), new(2026, 2, 9))!;

        last.Total.ShouldBe(Math.Round(265m * 9 / 28, 2, MidpointRounding.AwayFromZero));
        ChargeRules.For(Solo, new(2026, 3, 1), new(2025, 2, 10), new(2026, 2, 9)).ShouldBeNull();
        ChargeRules.For(Solo, new(2025, 1, 1), new(2025, 2, 10), new(2026, 2, 9)).ShouldBeNull();
    }

    [Fact]
    public void Cents_are_rounded_half_away_from_zero_and_the_remainder_lands_on_the_largest_line()
    {
        QuoteLine[] lines = [new("A", 0.01m, 0.01m), new("B", 0.01m, 0.01m), new("C", 0.03m, 0.03m)];

        var charge = ChargeRules.For(lines, new(2026, 4, 1), new(2026, 4, 16), new(2027, 4, 15))!;

        charge.Total.ShouldBe(0.03m);
        charge.Lines.Select(l => l.Amount).ShouldBe([0.01m, 0.01m, 0.01m]);
        ChargeRules.Balance([("A", 1.00m), ("B", 2.00m)], 3.01m).ShouldBe([("A", 1.00m), ("B", 2.01m)]);
    }

    [Fact]
    public void Property_lines_always_sum_to_the_total_and_a_part_month_never_exceeds_a_full_month()
    {
        var random = new Random(20261127);
        for (var i = 0; i < 2000; i++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 8))
                .Select(n => new QuoteLine("L" + n, 0m, Math.Round((decimal)random.NextDouble() * 200m, 2))).ToList();
            var month = new DateOnly(2020 + random.Next(0, 9), random.Next(1, 13), 1);
            var start = month.AddDays(random.Next(-40, 31));
            var last = start.AddDays(random.Next(0, 400));

            var charge = ChargeRules.For(lines, month, start, last);

            if (charge is null)
            {
                (start > ChargeRules.LastDayOf(month) || last < month).ShouldBeTrue();
                continue;
            }

            charge.Lines.Sum(l => l.Amount).ShouldBe(charge.Total);
            charge.Total.ShouldBeLessThanOrEqualTo(lines.Sum(l => l.PerPerson));
            charge.Lines.ShouldAllBe(l => l.Amount >= 0m);
            charge.Total.ShouldBe(Math.Round(charge.Total, 2));
        }
    }
}
