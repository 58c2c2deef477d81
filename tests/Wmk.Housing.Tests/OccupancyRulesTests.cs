using Wmk.Housing.Features.Contracts;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Tests;

public sealed class OccupancyRulesTests
{
    private static readonly DateOnly Day = Units.Day;

    [Fact]
    public void A_contract_overlapping_a_contract_on_the_same_place_names_the_first_shared_day()
    {
        var unit = Units.Certified();
        var existing = Units.Contract(unit, Day, Day.AddMonths(12).AddDays(-1));
        var candidate = Units.Contract(unit, Day.AddMonths(3), Day.AddMonths(6));

        Keys(OccupancyRules.CheckNew(unit, candidate, [existing])).ShouldBe(["Contract:PlaceTaken(1, 26/02/2027)"]);
    }

    [Fact]
    public void A_contract_starting_the_day_after_the_previous_one_ends_is_allowed()
    {
        var unit = Units.Certified();
        var existing = Units.Contract(unit, Day.AddMonths(-3), Day.AddDays(-1));

        OccupancyRules.CheckNew(unit, Units.Contract(unit, Day, Day.AddMonths(6)), [existing]).ShouldBeEmpty();
    }

    [Fact]
    public void An_early_termination_frees_the_place_after_the_last_day()
    {
        var unit = Units.Certified();
        var existing = Units.Contract(unit, Day.AddMonths(-3), Day.AddMonths(9));
        existing.TerminatedOn = Day.AddDays(-1);

        OccupancyRules.CheckNew(unit, Units.Contract(unit, Day, Day.AddMonths(6)), [existing]).ShouldBeEmpty();
    }

    [Fact]
    public void Two_residents_share_a_unit_on_different_places_but_a_third_place_does_not_exist()
    {
        var unit = Units.Certified(shared: true);
        var first = Units.Contract(unit, Day, Day.AddMonths(6));

        OccupancyRules.CheckNew(unit, Units.Contract(unit, Day, Day.AddMonths(6), place: 2), [first]).ShouldBeEmpty();
        Keys(OccupancyRules.CheckNew(unit, Units.Contract(unit, Day, Day.AddMonths(6), place: 3), [])).ShouldBe(["Contract:PlaceUnknown(3, 2)"]);
        OccupancyRules.FreePlace(unit, Day, Day.AddMonths(6), [first]).ShouldBe(2);
    }

    [Fact]
    public void A_resident_cannot_hold_two_overlapping_contracts()
    {
        var unit = Units.Certified();
        var other = Units.Certified();
        var resident = Guid.NewGuid();
        var elsewhere = Units.Contract(other, Day.AddMonths(-1), Day.AddMonths(2), resident: resident);

        Keys(OccupancyRules.CheckNew(unit, Units.Contract(unit, Day, Day.AddMonths(6), resident: resident), [elsewhere]))
            .ShouldBe(["Contract:ResidentHasContract(26/11/2026)"]);
    }

    [Fact]
    public void A_contract_outside_the_availability_names_the_limit()
    {
        var unit = Units.Certified();

        Keys(OccupancyRules.CheckNew(unit, Units.Contract(unit, Day.AddMonths(-7), Day.AddMonths(19)), []))
            .ShouldBe(["Contract:BeforeAvailability(26/05/2026)", "Contract:PastAvailability(26/05/2028)"], ignoreOrder: true);
    }

    [Fact]
    public void Dates_in_the_wrong_order_are_reported_alone()
    {
        var unit = Units.Certified();

        Keys(OccupancyRules.CheckNew(unit, Units.Contract(unit, Day, Day.AddDays(-1)), [])).ShouldBe(["Contract:DateOrder(26/11/2026, 25/11/2026)"]);
    }

    [Fact]
    public void Missing_or_expired_certificates_and_an_inspection_each_block_a_new_occupancy()
    {
        var unit = Units.Certified();
        unit.Epc.ExpiresOn = Day.AddDays(-1);
        unit.Conformity.IssuedOn = null;
        unit.UnderInspection = true;

        Keys(OccupancyRules.CheckNew(unit, Units.Contract(unit, Day, Day.AddMonths(6)), []))
            .ShouldBe(["Contract:UnderInspection()", "Contract:NoEpc(26/11/2026)", "Contract:NoConformity(26/11/2026)"], ignoreOrder: true);
    }

    [Fact]
    public void A_certificate_issued_after_the_start_does_not_count()
    {
        var unit = Units.Certified();
        unit.Conformity.IssuedOn = Day.AddDays(1);

        Keys(OccupancyRules.CheckNew(unit, Units.Contract(unit, Day, Day.AddMonths(6)), [])).ShouldBe(["Contract:NoConformity(26/11/2026)"]);
    }

    [Fact]
    public void An_extension_needs_a_later_end_a_reason_and_room_before_the_next_contract()
    {
        var unit = Units.Certified();
        var contract = Units.Contract(unit, Day, Day.AddMonths(6));
        var next = Units.Contract(unit, Day.AddMonths(8), Day.AddMonths(12));

        Keys(OccupancyRules.CheckExtension(unit, contract, Day.AddMonths(9), "Wacht op woning", [next])).ShouldBe(["Contract:PlaceTaken(1, 26/07/2027)"]);
        Keys(OccupancyRules.CheckExtension(unit, contract, Day.AddMonths(5), " ", [])).ShouldBe(["Extension:NotLater(26/05/2027)", "Extension:ReasonRequired()"]);
        Keys(OccupancyRules.CheckExtension(unit, contract, Day.AddMonths(20), "x", [])).ShouldBe(["Contract:PastAvailability(26/05/2028)"]);
        OccupancyRules.CheckExtension(unit, contract, Day.AddMonths(7), "Wacht op woning", [next]).ShouldBeEmpty();
    }

    [Fact]
    public void A_termination_lies_inside_the_contract_and_happens_once()
    {
        var unit = Units.Certified();
        var contract = Units.Contract(unit, Day, Day.AddMonths(6));

        Keys(OccupancyRules.CheckTermination(contract, Day.AddDays(-1), "x")).ShouldBe(["Termination:OutOfRange(26/11/2026, 26/05/2027)"]);
        OccupancyRules.CheckTermination(contract, Day.AddMonths(1), "Verhuist").ShouldBeEmpty();
        contract.TerminatedOn = Day.AddMonths(1);
        Keys(OccupancyRules.CheckTermination(contract, Day.AddMonths(2), "x")).ShouldBe(["Termination:Already(26/12/2026)"]);
    }

    private static List<string> Keys(IEnumerable<RuleError> errors) => [.. errors.Select(e => e.ToString())];
}
