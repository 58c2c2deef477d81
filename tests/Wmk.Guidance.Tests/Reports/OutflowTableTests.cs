using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Reports.Outflow;

namespace Wmk.Guidance.Tests.Reports;

public sealed class OutflowTableTests
{
    [Fact]
    public void Exits_are_counted_per_destination_in_the_order_of_the_domain_with_every_destination_and_the_totals()
    {
        (DateOnly, Destination?)[] exits =
        [
            (new(2023, 3, 1), Destination.OwnNetwork), (new(2023, 7, 9), Destination.OwnNetwork), (new(2023, 1, 5), Destination.PrivateRental),
            (new(2022, 5, 5), Destination.Prison),
        ];

        var view = OutflowTable.Of(exits, 2023, 1);

        view.Years.ShouldBe([2023]);
        view.Rows.Select(r => r.Destination).ShouldBe(Enum.GetValues<Destination>().Order().Cast<Destination?>());
        view.Rows.Select(r => r.Counts[0]).ShouldBe([1, 0, 0, 2, 0, 0, 0, 0]);
        (view.Totals.Single(), view.Total).ShouldBe((3, 3));
    }

    [Fact]
    public void The_last_day_of_the_year_counts_in_that_year_and_new_years_day_in_the_next()
    {
        (DateOnly, Destination?)[] exits =
        [
            (new(2022, 12, 31), Destination.Hotel), (new(2023, 1, 1), Destination.Hotel), (new(2021, 12, 31), Destination.Hotel),
            (new(2024, 1, 1), Destination.Hotel),
        ];

        var view = OutflowTable.Of(exits, 2023, 2);

        view.Years.ShouldBe([2022, 2023]);
        var hotel = view.Rows.Single(r => r.Destination == Destination.Hotel);
        (hotel.Counts[0], hotel.Counts[1], hotel.Total).ShouldBe((1, 1, 2));
        view.Totals.ShouldBe([1, 1]);
    }

    [Fact]
    public void An_exit_without_a_destination_gets_its_own_last_row_only_when_it_happened()
    {
        OutflowTable.Of([(new DateOnly(2023, 4, 4), Destination.Other)], 2023, 1).Rows.Count.ShouldBe(8);

        var view = OutflowTable.Of([(new DateOnly(2023, 4, 4), null), (new DateOnly(2023, 5, 4), Destination.Other)], 2023, 1);

        view.Rows.Count.ShouldBe(9);
        view.Rows[^1].ShouldSatisfyAllConditions(r => r.Destination.ShouldBeNull(), r => r.Total.ShouldBe(1));
        view.Total.ShouldBe(2);
        OutflowTable.Key(null).ShouldBe("Reports:Destination:NotRecorded");
        OutflowTable.Key(Destination.SocialHousingAccelerated).ShouldBe("Reports:Destination:SocialHousingAccelerated");
    }
}
