using Wmk.Housing.Domain;
using Wmk.Housing.Features.Keys;

namespace Wmk.Housing.Tests;

public sealed class KeyRulesTests
{
    private static readonly DateOnly Jan1 = new(2026, 1, 1);

    [Fact]
    public void Three_incidents_within_six_months_raise_the_flag_on_the_third()
    {
        KeyRules.FlaggedOn([Jan1, Jan1.AddMonths(2), Jan1.AddMonths(5)]).ShouldBe(Jan1.AddMonths(5));
    }

    [Fact]
    public void The_third_incident_exactly_six_months_after_the_first_still_raises_the_flag()
    {
        KeyRules.FlaggedOn([new DateOnly(2026, 7, 1), Jan1, new DateOnly(2026, 3, 1)]).ShouldBe(new DateOnly(2026, 7, 1));
    }

    [Fact]
    public void The_third_incident_a_day_past_six_months_raises_no_flag()
    {
        KeyRules.FlaggedOn([Jan1, new DateOnly(2026, 3, 1), new DateOnly(2026, 7, 2)]).ShouldBeNull();
    }

    [Fact]
    public void Two_incidents_raise_no_flag_and_a_later_cluster_of_three_does()
    {
        KeyRules.FlaggedOn([Jan1, Jan1.AddMonths(1)]).ShouldBeNull();
        KeyRules.FlaggedOn([Jan1, new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 20)])
            .ShouldBe(new DateOnly(2026, 8, 20));
    }

    [Fact]
    public void A_negative_amount_an_amount_without_payer_and_a_future_date_are_refused()
    {
        var today = Units.Day;
        var errors = KeyRules.Check(new KeyIncidentInput(Guid.NewGuid(), today.AddDays(1), KeyIncidentKind.Lost, null, 12.5m, null), today);

        errors.Select(e => e.Key).ShouldBe(["FollowUp:DateInFuture", "Key:PayerRequired"]);
        KeyRules.Check(new KeyIncidentInput(Guid.NewGuid(), today, KeyIncidentKind.Replaced, KeyPayer.Resident, -1m, null), today)
            .Select(e => e.Key).ShouldBe(["Key:AmountNegative"]);
        KeyRules.Check(new KeyIncidentInput(Guid.NewGuid(), today, KeyIncidentKind.Forgotten, null, null, null), today).ShouldBeEmpty();
    }
}
