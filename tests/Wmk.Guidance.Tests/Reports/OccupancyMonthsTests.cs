using Wmk.Guidance.Features.Reports.Occupancy;
using Wmk.Housing.Contracts;

namespace Wmk.Guidance.Tests.Reports;

public sealed class OccupancyMonthsTests
{
    [Fact]
    public void Each_month_divides_its_resident_days_by_its_place_days_rounded_to_one_decimal()
    {
        // February 2024 (leap year): 29 days of 3 places, 2 occupied on the first 20 days and 1 after.
        var days = Days(new(2024, 2, 1), new(2024, 2, 29), d => (3, d.Day <= 20 ? 2 : 1));

        var view = OccupancyMonths.Of(2024, days);

        var february = view.Months[1];
        (february.Month, february.ResidentDays, february.PlaceDays).ShouldBe((2, 49, 87));
        february.Rate.ShouldBe(56.3m);
        view.Months.Count.ShouldBe(12);
        view.Months[0].Rate.ShouldBeNull();
        view.Total.ShouldBe(new OccupancyMonth(0, 49, 87, 56.3m));
        view.CountedUntil.ShouldBe(new DateOnly(2024, 2, 29));
    }

    [Fact]
    public void Days_of_another_year_do_not_count_and_no_places_means_no_rate()
    {
        var days = Days(new(2025, 12, 30), new(2026, 1, 2), _ => (0, 0));

        var view = OccupancyMonths.Of(2026, days);

        view.Months[0].ShouldBe(new OccupancyMonth(1, 0, 0, null));
        view.Months[11].PlaceDays.ShouldBe(0);
        view.CountedUntil.ShouldBe(new DateOnly(2026, 1, 2));
        OccupancyMonths.Of(2027, []).CountedUntil.ShouldBeNull();
    }

    [Theory]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(30, 30, 100.0)]
    public void The_rate_is_a_percentage_with_one_decimal(int residentDays, int placeDays, double rate) =>
        OccupancyMonths.Rate(residentDays, placeDays).ShouldBe((decimal)rate);

    private static List<PlaceDay> Days(DateOnly from, DateOnly to, Func<DateOnly, (int Places, int Occupied)> of)
    {
        var list = new List<PlaceDay>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var (places, occupied) = of(d);
            list.Add(new PlaceDay(d, places, occupied));
        }

        return list;
    }
}
