using Wmk.Housing.Domain;
using Wmk.Housing.Features.MeterReadings;

namespace Wmk.Housing.Tests;

public sealed class MeterCorrectionRulesTests
{
    private static readonly DateOnly Today = Units.Day;

    [Fact]
    public void A_corrected_reading_still_may_not_be_lower_than_the_previous_one()
    {
        var previous = Reading(Today.AddMonths(-2), 1000m);
        var original = Reading(Today.AddMonths(-1), 1100m);

        var errors = MeterRules.CheckCorrection(original, Copy(original, value: 900m), [previous], Today);

        errors.Select(e => e.ToString()).ShouldBe(["Reading:LowerThanPrevious(1000, 26/09/2026)"]);
        MeterRules.CheckCorrection(original, Copy(original, value: 1050m), [previous], Today).ShouldBeEmpty();
    }

    [Fact]
    public void Moving_or_removing_a_reading_may_not_leave_a_lower_reading_after_a_higher_one()
    {
        var first = Reading(Today.AddMonths(-3), 1000m);
        var replacement = Reading(Today.AddMonths(-2), 5m, replacement: true);
        var after = Reading(Today.AddMonths(-1), 60m);

        MeterRules.CheckRemoval(replacement, [first, after]).Select(e => e.ToString())
            .ShouldBe(["Reading:RemovalBreaksSeries(26/10/2026, 60, 1000, 26/08/2026)"]);
        MeterRules.CheckCorrection(replacement, Copy(replacement, kind: MeterKind.Gas), [first, after], Today).Select(e => e.Key)
            .ShouldBe(["Reading:RemovalBreaksSeries"]);
        MeterRules.CheckRemoval(after, [first, replacement]).ShouldBeEmpty();
        MeterRules.CheckRemoval(Reading(Today.AddMonths(-1), 1200m), [Reading(Today.AddMonths(-2), 1000m), Reading(Today, 1300m)]).ShouldBeEmpty();
    }

    [Fact]
    public void A_reading_corrected_to_another_day_keeps_the_same_day_rule_without_counting_itself()
    {
        var original = Reading(Today.AddDays(-3), 1100m);
        var taken = Reading(Today.AddDays(-1), 1200m);

        MeterRules.CheckCorrection(original, Copy(original, date: Today.AddDays(-1)), [taken], Today).Select(e => e.Key).ShouldBe(["Reading:SameDay"]);
        MeterRules.CheckCorrection(original, Copy(original, value: 1150m), [taken], Today).ShouldBeEmpty();
    }

    private static MeterReading Reading(DateOnly date, decimal value, bool replacement = false) =>
        new() { Kind = MeterKind.Electricity, Date = date, Value = value, IsReplacement = replacement };

    private static MeterReading Copy(MeterReading r, decimal? value = null, DateOnly? date = null, MeterKind? kind = null) =>
        new() { Id = r.Id, Kind = kind ?? r.Kind, Date = date ?? r.Date, Value = value ?? r.Value, IsReplacement = r.IsReplacement };
}
