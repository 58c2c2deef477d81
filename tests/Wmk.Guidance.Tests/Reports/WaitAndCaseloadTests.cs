using Wmk.Guidance.Features.Reports.Caseload;
using Wmk.Guidance.Features.Reports.Wait;

namespace Wmk.Guidance.Tests.Reports;

public sealed class WaitAndCaseloadTests
{
    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value_and_of_an_even_count_the_mean_of_the_middle_two()
    {
        WaitFigures.Median([40, 10, 30]).ShouldBe(30m);
        WaitFigures.Median([40, 10, 30, 21]).ShouldBe(25.5m);
        WaitFigures.Median([1, 2]).ShouldBe(1.5m);
        WaitFigures.Median([]).ShouldBeNull();
    }

    [Fact]
    public void The_mean_is_rounded_to_one_decimal_and_no_values_give_no_mean()
    {
        WaitFigures.Mean([10, 20, 31]).ShouldBe(20.3m);
        WaitFigures.Mean([1, 2]).ShouldBe(1.5m);
        WaitFigures.Mean([]).ShouldBeNull();
    }

    [Fact]
    public void Days_between_cross_a_leap_day_and_a_year_end()
    {
        WaitFigures.Between(new(2024, 2, 28), new(2024, 3, 1)).ShouldBe(2);
        WaitFigures.Between(new(2025, 12, 31), new(2026, 1, 1)).ShouldBe(1);
        WaitFigures.Between(new(2026, 5, 5), new(2026, 5, 5)).ShouldBe(0);
    }

    [Fact]
    public void Caseload_groups_active_residents_per_worker_largest_first_with_the_unassigned_apart()
    {
        var (an, bert, gone) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        Guid?[] workers = [an, bert, bert, null, gone, an, bert, null];
        var names = new Dictionary<Guid, string> { [an] = "An", [bert] = "Bert" };

        var view = CaseloadRows.Of(new DateOnly(2026, 11, 26), workers, names, "Voormalige medewerker");

        view.Rows.Select(r => (r.Name, r.Residents)).ShouldBe([("Bert", 3), ("An", 2), ("Voormalige medewerker", 1)]);
        (view.Unassigned, view.Total).ShouldBe((2, 8));
    }
}
