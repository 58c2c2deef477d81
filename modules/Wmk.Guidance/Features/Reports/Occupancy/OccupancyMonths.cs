using Wmk.Housing.Contracts;

namespace Wmk.Guidance.Features.Reports.Occupancy;

/// <summary>A month's (or the year's, <see cref="Month"/> 0) resident-days over available place-days, in percent.</summary>
/// <param name="Rate">Rounded to one decimal; null when no place was available.</param>
internal sealed record OccupancyMonth(int Month, int ResidentDays, int PlaceDays, decimal? Rate);

/// <param name="CountedUntil">The last day counted (today for the running year), or null when no day of the year is past yet.</param>
internal sealed record OccupancyView(int Year, DateOnly? CountedUntil, IReadOnlyList<OccupancyMonth> Months, OccupancyMonth Total);

/// <summary>Sums the place-days of a year per month; every month gets a row, also a month not yet begun.</summary>
internal static class OccupancyMonths
{
    public static OccupancyView Of(int year, IReadOnlyCollection<PlaceDay> days)
    {
        var inYear = days.Where(d => d.Day.Year == year).ToList();
        var months = Enumerable.Range(1, 12)
            .Select(m => Month(m, inYear.Where(d => d.Day.Month == m)))
            .ToList();
        DateOnly? until = inYear.Count == 0 ? null : inYear.Max(d => d.Day);
        return new OccupancyView(year, until, months, Month(0, inYear));
    }

    public static decimal? Rate(int residentDays, int placeDays) =>
        placeDays == 0 ? null : ReportPeriod.OneDecimal(residentDays * 100m / placeDays);

    private static OccupancyMonth Month(int month, IEnumerable<PlaceDay> days)
    {
        var list = days.ToList();
        var (occupied, places) = (list.Sum(d => d.Occupied), list.Sum(d => d.Places));
        return new OccupancyMonth(month, occupied, places, Rate(occupied, places));
    }
}
