using Wmk.Volunteers.Domain;
using Wmk.Volunteers.Features.SignUp;

namespace Wmk.Volunteers.Tests;

public sealed class SignUpRulesTests
{
    private static readonly SignUpInput Good = new("Ann", "Peeters", "ann@example.be", "+32 470 12 34 56", [2, 5], "Merksem", "Zoeken", "Flyer", true);

    [Fact]
    public void A_complete_sign_up_breaks_no_rule() => SignUpRules.Check(Good).ShouldBeEmpty();

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var errors = SignUpRules.Check(new SignUpInput(" ", null, "geen-adres", "bel me", [], null, null, "Radio", false));

        errors.Select(e => e.Key).ShouldBe(
            ["SignUp:NameRequired", "SignUp:EmailInvalid", "SignUp:PhoneInvalid", "SignUp:AvailabilityRequired", "SignUp:HeardViaRequired", "SignUp:ConsentRequired"]);
    }

    [Fact]
    public void Without_consent_to_the_privacy_statement_a_sign_up_is_refused() =>
        SignUpRules.Check(Good with { Consent = false }).Single().Key.ShouldBe("SignUp:ConsentRequired");

    [Theory]
    [InlineData("ann@example.be", true)]
    [InlineData(" Ann.Peeters@Example.BE ", true)]
    [InlineData("ann@example", false)]
    [InlineData("ann example@example.be", false)]
    [InlineData("@example.be", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void An_email_address_needs_a_local_part_and_a_domain_with_a_dot(string? email, bool valid) => SignUpRules.IsEmail(email).ShouldBe(valid);

    [Fact]
    public void A_numeric_heard_via_is_not_taken_for_a_known_channel() =>
        SignUpRules.Check(Good with { HeardVia = "42" }).Single().Key.ShouldBe("SignUp:HeardViaRequired");

    [Fact]
    public void A_filled_honeypot_marks_a_bot()
    {
        SignUpRules.IsBot(Good).ShouldBeFalse();
        SignUpRules.IsBot(Good with { Website = "http://spam.example" }).ShouldBeTrue();
    }

    [Theory]
    [InlineData(29, 30, false)]
    [InlineData(30, 30, true)]
    [InlineData(0, 0, true)]
    public void The_hourly_window_of_an_organisation_fills_up(int recent, int perHour, bool full) => SignUpRules.WindowFull(recent, perHour).ShouldBe(full);

    [Fact]
    public void Availability_keeps_known_slots_only_and_counts_what_two_weeks_share()
    {
        var bits = Availability.From([0, 5, 20, 21, -1]);

        Availability.SlotsOf(bits).ShouldBe([0, 5, 20]);
        Availability.Slot(6, 2).ShouldBe(20);
        Availability.Common(bits, Availability.From([5, 20, 3])).ShouldBe(2);
        Availability.Common(bits, Availability.From([1])).ShouldBe(0);
    }
}
