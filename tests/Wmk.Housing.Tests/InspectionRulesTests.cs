using Wmk.Housing.Domain;
using Wmk.Housing.Features.Inspections;

namespace Wmk.Housing.Tests;

public sealed class InspectionRulesTests
{
    private static readonly DateOnly Today = Units.Day;

    [Fact]
    public void An_unsafe_check_puts_the_unit_under_inspection()
    {
        InspectionRules.UnderInspection(false, [Check(Today.AddMonths(-1), SafetyResult.Ok), Check(Today, SafetyResult.Unsafe)]).ShouldBeTrue();
    }

    [Fact]
    public void A_later_ok_check_lifts_the_flag_but_an_earlier_one_does_not()
    {
        var @unsafe = Check(Today.AddDays(-7), SafetyResult.Unsafe);

        InspectionRules.UnderInspection(true, [@unsafe, Check(Today, SafetyResult.Ok)]).ShouldBeFalse();
        InspectionRules.UnderInspection(true, [@unsafe, Check(Today.AddDays(-8), SafetyResult.Ok)]).ShouldBeTrue();
    }

    [Fact]
    public void Remarks_or_no_checks_leave_the_flag_as_staff_set_it_and_unsafe_wins_on_the_same_day()
    {
        InspectionRules.UnderInspection(true, [Check(Today, SafetyResult.Remarks)]).ShouldBeTrue();
        InspectionRules.UnderInspection(false, [Check(Today, SafetyResult.Remarks)]).ShouldBeFalse();
        InspectionRules.UnderInspection(true, []).ShouldBeTrue();
        InspectionRules.UnderInspection(false, [Check(Today, SafetyResult.Ok), Check(Today, SafetyResult.Unsafe)]).ShouldBeTrue();
    }

    [Fact]
    public void An_unsafe_check_without_remarks_or_in_the_future_is_refused()
    {
        InspectionRules.Check(new InspectionInput(Today.AddDays(1), SafetyResult.Unsafe, " "), Today).Select(e => e.Key)
            .ShouldBe(["FollowUp:DateInFuture", "Inspection:RemarksRequired"]);
        InspectionRules.Check(new InspectionInput(Today, SafetyResult.Ok, null), Today).ShouldBeEmpty();
    }

    private static Inspection Check(DateOnly date, SafetyResult result) => new() { Date = date, Result = result, Remarks = "x" };
}
