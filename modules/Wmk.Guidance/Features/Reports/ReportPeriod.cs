using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Reports;

/// <summary>The periods a report covers: calendar years and day ranges in Brussels, checked before any query.</summary>
internal static class ReportPeriod
{
    public const int FirstYear = 2000;
    public const int MaxYears = 10;

    /// <summary>The year asked for, or the current year in Brussels.</summary>
    public static int Year(int? year, TimeProvider clock) => year ?? clock.Today().Year;

    public static DateOnly FirstDay(int year) => new(year, 1, 1);

    public static DateOnly LastDay(int year) => new(year, 12, 31);

    /// <summary>A year from 2000 to next year, and 1 to 10 years back from it.</summary>
    public static List<RuleError> CheckYears(int year, int years, DateOnly today)
    {
        var errors = new List<RuleError>();
        if (year < FirstYear || year > today.Year + 1)
        {
            errors.Add(new("Reports:YearInvalid", year, FirstYear, today.Year + 1));
        }

        if (years is < 1 or > MaxYears)
        {
            errors.Add(new("Reports:YearsInvalid", MaxYears));
        }

        return errors;
    }

    /// <summary>A period that ends on or after its start and spans at most ten years.</summary>
    public static List<RuleError> CheckRange(DateOnly from, DateOnly to)
    {
        var errors = new List<RuleError>();
        if (to < from || to > from.AddYears(MaxYears))
        {
            errors.Add(new("Reports:PeriodInvalid", from, to, MaxYears));
        }

        return errors;
    }

    /// <summary>Rounded to one decimal, the midpoint away from zero (percentages and average days).</summary>
    public static decimal OneDecimal(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
