using Wmk.Finance.Features.Charges;
using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.Reports;

/// <summary>The arithmetic of the finance reports.</summary>
internal static class ReportRules
{
    /// <summary>The age buckets of arrears: 0–30, 31–60, 61–90 and more than 90 days overdue.</summary>
    public static readonly IReadOnlyList<string> Buckets = ["0-30", "31-60", "61-90", "90+"];

    /// <summary>The bucket (index in <see cref="Buckets"/>) of a debt overdue for <paramref name="days"/> days (1 or more).</summary>
    public static int Bucket(int days) => days switch
    {
        <= 30 => 0,
        <= 60 => 1,
        <= 90 => 2,
        _ => 3,
    };

    /// <summary>The first days of the months from <paramref name="from"/> to <paramref name="to"/> (at most 36).</summary>
    public static IReadOnlyList<DateOnly> Months(DateOnly from, DateOnly to)
    {
        var (first, last) = (ChargeRules.MonthOf(from), ChargeRules.MonthOf(to));
        return [.. Enumerable.Range(0, Math.Max(0, ((last.Year - first.Year) * 12) + last.Month - first.Month + 1)).Select(first.AddMonths)];
    }

    /// <summary>The days of <paramref name="month"/> within [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static int DaysIn(DateOnly month, DateOnly from, DateOnly to)
    {
        var start = from > month ? from : month;
        var last = ChargeRules.LastDayOf(month);
        var end = to < last ? to : last;
        return Math.Max(0, end.DayNumber - start.DayNumber + 1);
    }

    /// <summary>
    /// What the tenant owes the technical manager for a unit in a month: the unit's monthly fee for every day the unit is
    /// available to the tenant, occupied or not (friction vacancy and reserve units cost the fee too), pro rata when the
    /// availability starts or ends within the month, in cents.
    /// </summary>
    public static decimal Payable(decimal monthlyFee, DateOnly month, DateOnly availableFrom, DateOnly availableUntil) =>
        Money.Cents(monthlyFee * DaysIn(month, availableFrom, availableUntil) / ChargeRules.LastDayOf(month).Day);

    /// <summary>The days of <paramref name="month"/> the unit is available but no contract covers (friction vacancy).</summary>
    public static int VacantDays(DateOnly month, DateOnly availableFrom, DateOnly availableUntil, IEnumerable<(DateOnly Start, DateOnly LastDay)> contracts)
    {
        var stays = contracts.ToList();
        var vacant = 0;
        for (var day = month; day <= ChargeRules.LastDayOf(month); day = day.AddDays(1))
        {
            if (day >= availableFrom && day <= availableUntil && !stays.Any(s => s.Start <= day && s.LastDay >= day))
            {
                vacant++;
            }
        }

        return vacant;
    }

    /// <summary>The paid share of a charge's line: the line × the paid part of the charge (nothing open: the whole line).</summary>
    public static decimal PaidShare(decimal line, decimal total, decimal open) =>
        total <= 0m ? 0m : line * (total - Math.Clamp(open, 0m, total)) / total;
}
