using Wmk.Housing.Domain;
using Wmk.Housing.Features.Board;

namespace Wmk.Housing.Tests;

public sealed class PlacesOnTests
{
    private static readonly DateOnly Day = Units.Day;

    [Fact]
    public void The_places_of_a_day_leave_out_reserve_units_and_units_outside_their_availability()
    {
        var shared = Units.Certified(shared: true);
        var solo = Units.Certified();
        var reserve = Units.Certified();
        reserve.IsReserve = true;
        var later = Units.Certified();
        later.AvailableFrom = Day.AddDays(1);
        var contracts = new[]
        {
            Units.Contract(shared, Day.AddMonths(-1), Day.AddMonths(11)),
            Units.Contract(reserve, Day.AddMonths(-1), Day.AddMonths(11)),
            Units.Contract(solo, Day.AddMonths(-3), Day.AddDays(-1)),
        }.ToLookup(c => c.UnitId);

        Vacancy.PlacesOn([shared, solo, reserve, later], contracts, Day).ShouldBe((3, 1));
        Vacancy.PlacesOn([shared, solo, reserve, later], contracts, Day.AddDays(-1)).ShouldBe((3, 2));
    }
}
