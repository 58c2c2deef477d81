using Wmk.Finance.Domain;
using Wmk.Finance.Features.Extras;

namespace Wmk.Finance.Tests;

public sealed class ExtraChargeRulesTests
{
    private static readonly DateOnly Start = new(2026, 3, 1);
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static List<string> Keys(ExtraChargeKind kind, decimal amount, string? description = "Schade aan deur", DateOnly? on = null) =>
        [.. ExtraChargeRules.Check(new ExtraChargeInput(Guid.NewGuid(), kind, on ?? Today, amount, description), Start, Today).Select(e => e.Key)];

    [Fact]
    public void A_plain_extra_charge_passes() => Keys(ExtraChargeKind.Damage, 120.5m).ShouldBeEmpty();

    [Fact]
    public void Zero_and_absurd_amounts_are_refused()
    {
        Keys(ExtraChargeKind.Key, 0m).ShouldBe(["Extra:AmountZero"]);
        Keys(ExtraChargeKind.Key, 0.004m).ShouldBe(["Extra:AmountZero"]);
        Keys(ExtraChargeKind.Cleaning, 10_000m).ShouldBeEmpty();
        Keys(ExtraChargeKind.Cleaning, 10_000.01m).ShouldBe(["Extra:AmountTooHigh"]);
        Keys(ExtraChargeKind.EnergySettlement, -10_000.01m).ShouldBe(["Extra:AmountTooHigh"]);
    }

    [Fact]
    public void Only_an_energy_settlement_may_be_a_credit()
    {
        Keys(ExtraChargeKind.EnergySettlement, -45m).ShouldBeEmpty();
        Keys(ExtraChargeKind.Damage, -45m).ShouldBe(["Extra:NegativeOnlySettlement"]);
        Keys(ExtraChargeKind.Other, -0.01m).ShouldBe(["Extra:NegativeOnlySettlement"]);
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        Keys((ExtraChargeKind)42, 0m, "  ", Start.AddDays(-1)).ShouldBe(["Extra:KindRequired", "Extra:AmountZero", "Extra:DescriptionRequired", "Extra:BeforeStart"]);
        Keys(ExtraChargeKind.Key, 25m, new string('x', 501), Today.AddMonths(1).AddDays(1)).ShouldBe(["Extra:DescriptionTooLong", "Extra:TooFarAhead"]);
        Keys(ExtraChargeKind.Key, 25m, new string('x', 500), Today.AddMonths(1)).ShouldBeEmpty();
    }
}
