using Wmk.Housing.Domain;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Board;

/// <summary>
/// Friction vacancy: the place-days inside the unit's availability (and the period) on which no contract holds the place,
/// and their cost as the unit's monthly fee per place, pro rata per day of that month. Reserve units are empty on purpose
/// and carry no friction vacancy.
/// </summary>
internal static class Vacancy
{
    public static (int EmptyDays, decimal Cost) Of(Unit unit, IReadOnlyCollection<OccupancyContract> contracts, DateOnly from, DateOnly to)
    {
        if (unit.IsReserve)
        {
            return (0, 0m);
        }

        var first = from > unit.AvailableFrom ? from : unit.AvailableFrom;
        var last = to < unit.AvailableUntil ? to : unit.AvailableUntil;
        var days = 0;
        var cost = 0m;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var taken = contracts.Where(c => c.Covers(day)).Select(c => c.Place).Distinct().Count(p => p >= 1 && p <= unit.Places);
            var empty = unit.Places - taken;
            if (empty > 0)
            {
                days += empty;
                cost += unit.MonthlyFee * empty / unit.Places / DateTime.DaysInMonth(day.Year, day.Month);
            }
        }

        return (days, Money.Cents(cost));
    }

    public static int OccupiedPlaces(Unit unit, IEnumerable<OccupancyContract> contracts, DateOnly day) =>
        contracts.Where(c => c.Covers(day)).Select(c => c.Place).Distinct().Count(p => p >= 1 && p <= unit.Places);

    /// <summary>The places of the non-reserve units available on the day, and how many of them a contract holds.</summary>
    public static (int Places, int Occupied) PlacesOn(IEnumerable<Unit> units, ILookup<Guid, OccupancyContract> contracts, DateOnly day)
    {
        var open = units.Where(u => !u.IsReserve && Available(u, day)).ToList();
        return (open.Sum(u => u.Places), open.Sum(u => OccupiedPlaces(u, contracts[u.Id], day)));
    }

    public static bool Available(Unit unit, DateOnly day) => unit.AvailableFrom <= day && day <= unit.AvailableUntil;
}
