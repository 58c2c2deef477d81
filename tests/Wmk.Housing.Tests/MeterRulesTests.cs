using Wmk.Housing.Domain;
using Wmk.Housing.Features.MeterReadings;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Tests;

public sealed class MeterRulesTests
{
    private static readonly DateOnly Today = Units.Day;

    [Fact]
    public void A_reading_lower_than_the_previous_one_is_refused_naming_it()
    {
        var previous = Reading(Today.AddMonths(-1), 1200m);

        Keys(MeterRules.Check(Reading(Today, 1100m), [previous], Today)).ShouldBe(["Reading:LowerThanPrevious(1200, 26/10/2026)"]);
    }

    [Fact]
    public void A_lower_reading_marked_as_a_meter_replacement_is_accepted()
    {
        var previous = Reading(Today.AddMonths(-1), 1200m);

        MeterRules.Check(Reading(Today, 3m, replacement: true), [previous], Today).ShouldBeEmpty();
    }

    [Fact]
    public void An_equal_or_higher_reading_is_accepted_and_only_the_same_meter_kind_counts()
    {
        var gas = Reading(Today.AddMonths(-1), 5000m, MeterKind.Gas);

        MeterRules.Check(Reading(Today, 1200m), [Reading(Today.AddMonths(-1), 1200m), gas], Today).ShouldBeEmpty();
    }

    [Fact]
    public void A_reading_inserted_before_a_lower_later_reading_is_refused()
    {
        Keys(MeterRules.Check(Reading(Today.AddMonths(-2), 1500m), [Reading(Today.AddMonths(-1), 1200m)], Today))
            .ShouldBe(["Reading:HigherThanNext(1200, 26/10/2026)"]);
    }

    [Fact]
    public void A_reading_dated_tomorrow_is_refused_but_today_is_fine()
    {
        Keys(MeterRules.Check(Reading(Today.AddDays(1), 10m), [], Today)).ShouldBe(["FollowUp:DateInFuture(27/11/2026, 26/11/2026)"]);
        MeterRules.Check(Reading(Today, 10m), [], Today).ShouldBeEmpty();
    }

    [Fact]
    public void A_second_reading_of_a_meter_on_the_same_day_and_a_negative_reading_are_refused()
    {
        Keys(MeterRules.Check(Reading(Today, 10m), [Reading(Today, 5m)], Today)).ShouldBe(["Reading:SameDay(26/11/2026)"]);
        Keys(MeterRules.Check(Reading(Today, -1m), [], Today)).ShouldBe(["Reading:Negative()"]);
    }

    [Fact]
    public void Consumption_is_spread_pro_rata_over_the_days_between_readings_per_calendar_month()
    {
        var jan1 = new DateOnly(2027, 1, 1);
        var readings = new[] { Reading(jan1, 1000m), Reading(new DateOnly(2027, 3, 1), 1590m), Reading(jan1, 40m, MeterKind.Water), Reading(jan1.AddDays(10), 45m, MeterKind.Water) };

        MeterRules.PerMonth(readings).ShouldBe([
            new MonthlyConsumption(MeterKind.Electricity, 2027, 1, 310m),
            new MonthlyConsumption(MeterKind.Electricity, 2027, 2, 280m),
            new MonthlyConsumption(MeterKind.Water, 2027, 1, 5m),
        ]);
    }

    [Fact]
    public void No_consumption_is_derived_across_a_meter_replacement()
    {
        var readings = new[]
        {
            Reading(new DateOnly(2027, 1, 1), 1000m), Reading(new DateOnly(2027, 2, 1), 1310m),
            Reading(new DateOnly(2027, 3, 1), 2m, replacement: true), Reading(new DateOnly(2027, 4, 1), 312m),
        };

        MeterRules.PerMonth(readings).ShouldBe([
            new MonthlyConsumption(MeterKind.Electricity, 2027, 1, 310m),
            new MonthlyConsumption(MeterKind.Electricity, 2027, 3, 310m),
        ]);
    }

    private static MeterReading Reading(DateOnly date, decimal value, MeterKind kind = MeterKind.Electricity, bool replacement = false) =>
        new() { Kind = kind, Date = date, Value = value, IsReplacement = replacement };

    private static string[] Keys(IEnumerable<RuleError> errors) => [.. errors.Select(e => e.ToString())];
}
