using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wmk.Finance.Features.PaymentPlans;
using Wmk.Kernel.Rules;

namespace Wmk.Finance.Tests;

public sealed class PlanRulesTests
{
    private static readonly DateOnly Start = new(2027, 1, 31);

    [Fact]
    public void A_count_gives_equal_rounded_instalments_with_the_remainder_on_the_last()
    {
        var errors = new List<RuleError>();
        var schedule = PlanRules.Schedule(100m, Start, 3, null, errors)!;

        errors.ShouldBeEmpty();
        schedule.Select(i => i.Amount).ShouldBe([33.33m, 33.33m, 33.34m]);
        PlanRules.Schedule(1000m, Start, 6, null, errors)!.Select(i => i.Amount).ShouldBe([166.67m, 166.67m, 166.67m, 166.67m, 166.67m, 166.65m]);
        PlanRules.Schedule(0.05m, Start, 2, null, errors)!.Select(i => i.Amount).ShouldBe([0.03m, 0.02m]);
    }

    [Fact]
    public void A_monthly_amount_gives_full_instalments_and_the_rest_last()
    {
        var errors = new List<RuleError>();
        PlanRules.Schedule(250m, Start, null, 100m, errors)!.Select(i => i.Amount).ShouldBe([100m, 100m, 50m]);
        PlanRules.Schedule(300m, Start, null, 100m, errors)!.Select(i => i.Amount).ShouldBe([100m, 100m, 100m]);
        PlanRules.Schedule(40m, Start, null, 100m, errors)!.Select(i => i.Amount).ShouldBe([40m]);
        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Instalments_fall_monthly_and_month_ends_stay_in_their_month()
    {
        var schedule = PlanRules.Schedule(400m, Start, 4, null, [])!;

        schedule.Select(i => i.Due).ShouldBe([new(2027, 1, 31), new(2027, 2, 28), new(2027, 3, 31), new(2027, 4, 30)]);
        schedule.Select(i => i.Number).ShouldBe([1, 2, 3, 4]);
    }

    [Fact]
    public void Bad_input_gets_every_message_and_no_schedule()
    {
        var errors = new List<RuleError>();
        PlanRules.Schedule(-5m, Start, null, null, errors).ShouldBeNull();
        errors.Select(e => e.Key).ShouldBe(["Plan:TotalInvalid", "Plan:CountOrMonthly"]);

        errors.Clear();
        PlanRules.Schedule(10.005m, Start, 3, 5m, errors).ShouldBeNull();
        errors.Select(e => e.Key).ShouldBe(["Plan:TotalInvalid", "Plan:CountOrMonthly"]);

        errors.Clear();
        PlanRules.Schedule(100m, Start, 0, null, errors).ShouldBeNull();
        PlanRules.Schedule(100m, Start, 121, null, errors).ShouldBeNull();
        PlanRules.Schedule(100m, Start, null, 0.001m, errors).ShouldBeNull();
        PlanRules.Schedule(100m, Start, null, 0.5m, errors).ShouldBeNull();
        errors.Select(e => e.Key).ShouldBe(["Plan:CountInvalid", "Plan:CountInvalid", "Plan:MonthlyInvalid", "Plan:CountInvalid"]);
    }

    [Fact]
    public void More_instalments_than_cents_is_refused()
    {
        var errors = new List<RuleError>();
        PlanRules.Schedule(0.05m, Start, 10, null, errors).ShouldBeNull();
        errors.Single().Key.ShouldBe("Plan:CountInvalid");
    }

    [Fact]
    public void An_instalment_due_and_not_covered_is_missed()
    {
        var schedule = PlanRules.Schedule(300m, new DateOnly(2027, 1, 10), 3, null, [])!;

        PlanRules.Missed(schedule, new DateOnly(2027, 1, 9), 0m).ShouldBeFalse("nothing due yet");
        PlanRules.Missed(schedule, new DateOnly(2027, 1, 15), 0m).ShouldBeTrue();
        PlanRules.Missed(schedule, new DateOnly(2027, 1, 15), 100m).ShouldBeFalse();
        PlanRules.Missed(schedule, new DateOnly(2027, 2, 15), 100m).ShouldBeTrue("the second is due and only the first was paid");
        PlanRules.Missed(schedule, new DateOnly(2027, 2, 15), 199.99m).ShouldBeTrue("a cent short is short");
        PlanRules.Missed(schedule, new DateOnly(2027, 2, 15), -50m).ShouldBeTrue("new debts do not make the plan paid");
        PlanRules.DueBy(schedule, new DateOnly(2027, 2, 10)).ShouldBe(200m);
    }

    [Fact]
    public void A_plan_completes_when_the_last_instalment_is_past_and_all_is_covered()
    {
        var schedule = PlanRules.Schedule(300m, new DateOnly(2027, 1, 10), 3, null, [])!;

        PlanRules.Completed(schedule, new DateOnly(2027, 3, 15), 300m).ShouldBeTrue();
        PlanRules.Completed(schedule, new DateOnly(2027, 3, 15), 299.99m).ShouldBeFalse();
        PlanRules.Completed(schedule, new DateOnly(2027, 2, 15), 300m).ShouldBeFalse("paid early, but the plan still runs");
    }

    [Property(MaxTest = 1000)]
    public Property Schedules_always_sum_exactly_to_the_total_with_positive_cents()
    {
        var totals = Gen.Choose(1, 10_000_000).Select(c => c / 100m);
        var counts = Gen.Choose(1, 120);
        return Prop.ForAll(totals.ToArbitrary(), counts.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (total, n, byCount) =>
        {
            var monthly = Money.Cents(Math.Max(0.01m, total / n));
            var errors = new List<RuleError>();
            var schedule = byCount ? PlanRules.Schedule(total, Start, n, null, errors) : PlanRules.Schedule(total, Start, null, monthly, errors);
            if (schedule is null)
            {
                // Only refused when the instalments cannot all be positive cents within the maximum.
                return errors.All(e => e.Key == "Plan:CountInvalid") && (byCount ? Money.Cents(total / n) * (n - 1) >= total : total / monthly > PlanRules.MaxInstalments);
            }

            var firstAmounts = schedule.Take(schedule.Count - 1).Select(i => i.Amount).Distinct().ToList();
            return schedule.Sum(i => i.Amount) == total
                && schedule.All(i => i.Amount > 0m && Money.Cents(i.Amount) == i.Amount)
                && firstAmounts.Count <= 1
                && (!byCount || schedule.Count == n)
                && (!byCount || firstAmounts.Count == 0 || firstAmounts[0] == Money.Cents(total / n));
        });
    }
}
