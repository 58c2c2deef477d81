using Wmk.Volunteers.Features.Activities;
using Wmk.Volunteers.Features.Intake;

namespace Wmk.Volunteers.Tests;

public sealed class IntakeRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static readonly IntakeInput Good = new(Today, "Goed gesprek", "Bellen", "Onthaal", null, Today, "Volunteer", null, "Deurne");

    [Fact]
    public void An_intake_without_certificate_passes_when_the_organisation_does_not_ask_one() =>
        IntakeRules.Check(Good, Today, goodConductRequired: false, validMonths: 12).ShouldBeEmpty();

    [Fact]
    public void An_organisation_that_asks_a_certificate_refuses_an_intake_without_one() =>
        IntakeRules.Check(Good, Today, goodConductRequired: true, validMonths: 12).Single().Key.ShouldBe("Intake:GoodConductRequired");

    [Fact]
    public void A_certificate_is_valid_for_the_set_months_up_to_the_day_before()
    {
        var issued = new DateOnly(2025, 11, 27);

        IntakeRules.GoodConductExpiresOn(issued, 12).ShouldBe(new DateOnly(2026, 11, 26));
        IntakeRules.GoodConductValid(issued, 12, Today).ShouldBeTrue();
        IntakeRules.GoodConductValid(issued, 12, Today.AddDays(1)).ShouldBeFalse();
        IntakeRules.GoodConductValid(Today.AddDays(1), 12, Today).ShouldBeFalse();
    }

    [Fact]
    public void An_expired_certificate_is_refused_naming_its_last_valid_day()
    {
        var error = IntakeRules.Check(Good with { GoodConductOn = new DateOnly(2025, 6, 1) }, Today, true, 12).Single();

        error.Key.ShouldBe("Intake:GoodConductExpired");
        error.Args.ShouldBe([new DateOnly(2026, 5, 31)]);
    }

    [Fact]
    public void Dates_in_the_future_an_unknown_kind_and_a_wrong_hours_target_are_all_reported()
    {
        IntakeRules.Check(Good with { On = Today.AddDays(1), WelcomePackSentOn = Today.AddDays(1), Kind = "Boss" }, Today, false, 12)
            .Select(e => e.Key).ShouldBe(["Intake:DateRequired", "Intake:WelcomePackFuture", "Intake:KindUnknown"]);
        IntakeRules.Check(Good with { Kind = "Intern", HoursTarget = 0 }, Today, false, 12).Single().Key.ShouldBe("Intake:HoursTargetInvalid");
        IntakeRules.Check(Good with { Kind = "Intern", HoursTarget = null }, Today, false, 12).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1.5, true)]
    [InlineData(0.25, true)]
    [InlineData(12, true)]
    [InlineData(0, false)]
    [InlineData(12.25, false)]
    [InlineData(1.1, false)]
    public void Hours_are_quarters_between_a_quarter_and_twelve(double hours, bool valid)
    {
        var errors = new List<Kernel.Rules.RuleError>();
        HoursRules.Check(errors, Today, (decimal)hours, Today);
        errors.Count.ShouldBe(valid ? 0 : 1);
    }

    [Fact]
    public void Hours_cannot_be_logged_for_tomorrow_or_before_the_duo_started()
    {
        var errors = new List<Kernel.Rules.RuleError>();
        HoursRules.Check(errors, Today.AddDays(1), 1m, Today);
        HoursRules.Check(errors, Today.AddDays(-10), 1m, Today, notBefore: Today.AddDays(-3));
        errors.Select(e => e.Key).ShouldBe(["Hours:DateInvalid", "Hours:BeforeStart"]);
    }

    [Theory]
    [InlineData(10, 40, 25)]
    [InlineData(39.9, 40, 99)]
    [InlineData(55, 40, 100)]
    public void An_interns_progress_is_whole_percent_of_the_target_capped_at_100(double hours, int target, int percent) =>
        HoursRules.Progress((decimal)hours, target).ShouldBe(percent);

    [Fact]
    public void Without_a_target_there_is_no_progress() => HoursRules.Progress(10m, null).ShouldBeNull();
}
