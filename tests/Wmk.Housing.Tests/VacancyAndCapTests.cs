using Wmk.Housing.Domain;
using Wmk.Housing.Features.Board;
using Wmk.Housing.Features.CompanyReport;
using Wmk.Housing.Features.Units;

namespace Wmk.Housing.Tests;

public sealed class VacancyAndCapTests
{
    private static readonly DateOnly Day = Units.Day;

    [Fact]
    public void Empty_days_between_two_residents_cost_the_monthly_fee_pro_rata()
    {
        var unit = Units.Certified();
        unit.MonthlyFee = 124m;
        var before = Units.Contract(unit, new(2026, 1, 1), new(2026, 12, 9));
        var after = Units.Contract(unit, new(2026, 12, 20), new(2027, 6, 30));

        var (days, cost) = Vacancy.Of(unit, [before, after], new(2026, 12, 1), new(2026, 12, 31));

        days.ShouldBe(10);
        cost.ShouldBe(40.00m);
    }

    [Fact]
    public void A_shared_unit_counts_each_free_place_and_a_reserve_unit_no_friction_vacancy()
    {
        var unit = Units.Certified(shared: true);
        unit.MonthlyFee = 90m;
        var one = Units.Contract(unit, new(2026, 9, 1), new(2027, 8, 31));

        Vacancy.Of(unit, [one], new(2026, 9, 1), new(2026, 9, 30)).ShouldBe((30, 45.00m));
        unit.IsReserve = true;
        Vacancy.Of(unit, [one], new(2026, 9, 1), new(2026, 9, 30)).ShouldBe((0, 0m));
    }

    [Fact]
    public void Days_outside_the_availability_window_are_not_empty_days()
    {
        var unit = Units.Certified();
        unit.AvailableFrom = new(2026, 12, 25);

        Vacancy.Of(unit, [], new(2026, 12, 1), new(2026, 12, 31)).EmptyDays.ShouldBe(7);
    }

    [Fact]
    public void The_cap_counts_target_group_and_emergency_shelter_units_available_on_the_day()
    {
        Unit Of(LettingCategory category, bool available = true)
        {
            var u = Units.Certified();
            u.Category = category;
            u.AvailableUntil = available ? Day.AddMonths(6) : Day.AddDays(-1);
            return u;
        }

        var units = new[] { Of(LettingCategory.TargetGroup), Of(LettingCategory.EmergencyShelter), Of(LettingCategory.AvoidingVacancy), Of(LettingCategory.TargetGroup, false) };

        var within = CapUse.Of(units, 200, 1m, Day);
        within.ShouldBe(new CapUse(2, 200, 1.00m, 1m, 2));
        within.OverCap.ShouldBeFalse();
        CapUse.Of(units, 150, 1m, Day).OverCap.ShouldBeTrue();
    }

    [Fact]
    public void Unit_input_refuses_a_negative_forfait_and_availability_in_the_wrong_order()
    {
        var input = new UnitInput("Kerkstraat 1", "Deurne", Guid.NewGuid(), Guid.NewGuid(), 110m, 1, 0, false, false,
            EnergyContract.ResidentName, EnergyContract.Forfait, -0.01m, Day, Day, AvailabilityEndReason.Sale, LettingCategory.AvoidingVacancy,
            false, false, false, EpcIssuedOn: Day, EpcExpiresOn: Day.AddDays(-1));

        UnitRules.Validate(input).Select(e => e.Key).ShouldBe(["Unit:ForfaitNegative", "Unit:AvailabilityOrder", "Unit:EpcOrder"]);
    }

    [Fact]
    public void Money_is_rounded_to_cents_away_from_zero()
    {
        var unit = new Unit { Address = string.Empty, District = string.Empty };
        var input = new UnitInput("A", "B", Guid.NewGuid(), Guid.NewGuid(), 110.125m, 1, 0, false, false, EnergyContract.ResidentName,
            EnergyContract.Forfait, 65.005m, Day, Day.AddYears(1), AvailabilityEndReason.Sale, LettingCategory.AvoidingVacancy, false, false, false);

        UnitRules.Apply(input, unit);

        (unit.MonthlyFee, unit.Forfait).ShouldBe((110.13m, 65.01m));
    }
}
