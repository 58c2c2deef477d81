using Wmk.Finance.Features.Quotes;
using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.Charges;

/// <summary>A computed charge: the days charged and lines that always sum to the total.</summary>
internal sealed record ChargeAmounts(DateOnly From, DateOnly To, decimal Total, IReadOnlyList<(string Name, decimal Amount)> Lines);

/// <summary>
/// A month's charge of a contract: the full month's amount per person, pro rata of the days the contract covers in the
/// month (first month from the start, last month to the last day), cents rounded half away from zero; the rounding
/// remainder goes on the largest line so the lines sum to the total.
/// </summary>
internal static class ChargeRules
{
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly LastDayOf(DateOnly month) => new(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));

    /// <summary>The days of <paramref name="month"/> the contract covers, or null when none.</summary>
    public static (DateOnly From, DateOnly To)? Covered(DateOnly month, DateOnly start, DateOnly lastDay)
    {
        var first = MonthOf(month);
        var from = start > first ? start : first;
        var to = lastDay < LastDayOf(first) ? lastDay : LastDayOf(first);
        return from <= to ? (from, to) : null;
    }

    public static ChargeAmounts? For(IReadOnlyList<QuoteLine> fullMonth, DateOnly month, DateOnly start, DateOnly lastDay)
    {
        if (Covered(month, start, lastDay) is not { } days)
        {
            return null;
        }

        var daysInMonth = LastDayOf(MonthOf(month)).Day;
        var charged = days.To.DayNumber - days.From.DayNumber + 1;
        var full = fullMonth.Sum(l => l.PerPerson);
        var total = Money.Cents(full * charged / daysInMonth);
        var lines = fullMonth.Select(l => (l.Name, Amount: Money.Cents(l.PerPerson * charged / daysInMonth))).ToList();
        return new ChargeAmounts(days.From, days.To, total, Balance(lines, total));
    }

    /// <summary>Puts the difference between the total and the sum of the rounded lines on the largest line.</summary>
    public static IReadOnlyList<(string Name, decimal Amount)> Balance(List<(string Name, decimal Amount)> lines, decimal total)
    {
        var remainder = total - lines.Sum(l => l.Amount);
        if (remainder != 0 && lines.Count > 0)
        {
            var largest = lines.IndexOf(lines.MaxBy(l => l.Amount));
            lines[largest] = (lines[largest].Name, lines[largest].Amount + remainder);
        }

        return lines;
    }
}
