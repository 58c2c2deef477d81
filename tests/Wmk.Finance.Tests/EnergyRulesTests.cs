using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wmk.Finance.Features.Energy;

namespace Wmk.Finance.Tests;

public sealed class EnergyRulesTests
{
    private static readonly DateOnly Jan = new(2026, 1, 1);

    private static readonly EnergyPrices Prices = new(new Dictionary<string, decimal> { ["Electricity"] = 0.30m, ["Gas"] = 1m, ["Water"] = 5m }, 0m, 20);

    [Fact]
    public void A_shared_forfait_is_split_to_the_cent_with_the_odd_cents_on_the_first_shares()
    {
        EnergyRules.Split(100.01m, 2).ShouldBe([50.01m, 50.00m]);
        EnergyRules.Split(100m, 3).ShouldBe([33.34m, 33.33m, 33.33m]);
        EnergyRules.Split(183m, 1).ShouldBe([183m]);
        EnergyRules.Split(-0.05m, 2).ShouldBe([-0.03m, -0.02m]);
        Should.Throw<ArgumentOutOfRangeException>(() => EnergyRules.Split(10m, 0));
    }

    [Property(MaxTest = 1000)]
    public Property A_split_never_loses_or_adds_a_cent_and_shares_differ_by_at_most_one_cent()
    {
        var cents = Gen.Choose(-1_000_000, 10_000_000).Select(c => c / 100m);
        return Prop.ForAll(cents.ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), (amount, people) =>
        {
            var shares = EnergyRules.Split(amount, people);
            return shares.Count == people
                && shares.Sum() == amount
                && shares.All(s => s == Math.Round(s, 2))
                && shares.Max() - shares.Min() <= 0.01m;
        });
    }

    [Fact]
    public void The_estimate_is_the_mean_monthly_cost_of_the_months_with_consumption_plus_the_fixed_part()
    {
        var consumption = new[] { (Jan, "Electricity", 200m), (Jan, "Water", 4m), (Jan.AddMonths(1), "Electricity", 100m), (Jan.AddMonths(1), "Unpriced", 50m) };

        var comparison = EnergyRules.Compare(100m, consumption, Prices with { FixedPart = 40m })!;

        // (200 × 0,30 + 4 × 5 + 100 × 0,30) ÷ 2 = 55 + 40 fixed
        comparison.Estimated.ShouldBe(95m);
        comparison.DeviationPercent.ShouldBe(5.3m);
        comparison.Proposed.ShouldBeNull();
    }

    [Fact]
    public void A_forfait_more_than_the_threshold_off_is_proposed_at_the_estimate_and_exactly_at_the_threshold_is_not()
    {
        var month = new[] { (Jan, "Electricity", 250m) }; // € 75

        EnergyRules.Compare(90m, month, Prices)!.DeviationPercent.ShouldBe(20m);
        EnergyRules.Compare(90m, month, Prices)!.Proposed.ShouldBeNull();
        EnergyRules.Compare(90.01m, month, Prices)!.Proposed.ShouldBe(75m);
        EnergyRules.Compare(60m, month, Prices)!.DeviationPercent.ShouldBe(-20m);
        EnergyRules.Compare(60m, month, Prices)!.Proposed.ShouldBeNull();
        EnergyRules.Compare(59.99m, month, Prices)!.Proposed.ShouldBe(75m);
        EnergyRules.Compare(150m, month, Prices with { ThresholdPercent = 100 })!.Proposed.ShouldBeNull();
    }

    [Fact]
    public void Without_consumption_there_is_nothing_to_compare()
    {
        EnergyRules.Compare(100m, [], Prices).ShouldBeNull();
        EnergyRules.Compare(100m, [(Jan, "Unpriced", 10m)], Prices)!.Proposed.ShouldBeNull();
    }

    [Fact]
    public void The_forfait_of_a_month_is_the_latest_version_from_then_or_before_else_the_units_own()
    {
        (DateOnly, decimal)[] versions = [(Jan.AddMonths(2), 120m), (Jan, 100m)];

        EnergyRules.ValidIn(versions, Jan.AddMonths(-1), 80m).ShouldBe(80m);
        EnergyRules.ValidIn(versions, Jan, 80m).ShouldBe(100m);
        EnergyRules.ValidIn(versions, Jan.AddMonths(1), 80m).ShouldBe(100m);
        EnergyRules.ValidIn(versions, Jan.AddMonths(5), 80m).ShouldBe(120m);
    }

    [Fact]
    public void The_energy_checks_fall_due_on_the_last_day_of_month_one_and_two_of_the_stay()
    {
        EnergyRules.CheckDue(new DateOnly(2026, 1, 15), 1).ShouldBe(new DateOnly(2026, 2, 14));
        EnergyRules.CheckDue(new DateOnly(2026, 1, 15), 2).ShouldBe(new DateOnly(2026, 3, 14));
        EnergyRules.CheckDue(new DateOnly(2026, 1, 31), 1).ShouldBe(new DateOnly(2026, 2, 27));
    }
}
