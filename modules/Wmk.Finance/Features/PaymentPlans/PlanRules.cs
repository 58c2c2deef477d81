using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.PaymentPlans;

/// <summary>One instalment of a schedule.</summary>
internal sealed record Instalment(int Number, DateOnly Due, decimal Amount);

/// <summary>The arithmetic of payment plans: schedules that sum exactly to the total, and what is due by a day.</summary>
internal static class PlanRules
{
    public const decimal MaxTotal = 100_000m;

    public const int MaxInstalments = 120;

    /// <summary>
    /// The monthly schedule of <paramref name="total"/> from <paramref name="first"/>: either <paramref name="count"/>
    /// instalments of <c>cents(total ÷ count)</c> (half away from zero) with the remainder on the last one, or instalments
    /// of <paramref name="monthly"/> with the rest on the last one. Due days are the first day plus whole months (a 31st
    /// becomes the month's last day). Null with errors when the input cannot give a schedule.
    /// </summary>
    public static IReadOnlyList<Instalment>? Schedule(decimal total, DateOnly first, int? count, decimal? monthly, List<RuleError> errors)
    {
        var known = errors.Count;
        if (total <= 0m || total > MaxTotal || Money.Cents(total) != total)
        {
            errors.Add(new("Plan:TotalInvalid", MaxTotal));
        }

        if ((count is null) == (monthly is null))
        {
            errors.Add(new("Plan:CountOrMonthly"));
        }
        else if (count is { } n && (n < 1 || n > MaxInstalments))
        {
            errors.Add(new("Plan:CountInvalid", MaxInstalments));
        }
        else if (monthly is { } m && (m <= 0m || Money.Cents(m) != m))
        {
            errors.Add(new("Plan:MonthlyInvalid"));
        }

        if (errors.Count > known)
        {
            return null;
        }

        var amounts = count is { } c ? ByCount(total, c) : ByMonthly(total, monthly!.Value);
        if (amounts is null || amounts.Count > MaxInstalments || amounts[^1] <= 0m)
        {
            errors.Add(new("Plan:CountInvalid", MaxInstalments));
            return null;
        }

        return [.. amounts.Select((a, i) => new Instalment(i + 1, first.AddMonths(i), a))];
    }

    /// <summary>What the instalments due on or before <paramref name="day"/> add up to.</summary>
    public static decimal DueBy(IEnumerable<Instalment> schedule, DateOnly day) => schedule.Where(i => i.Due <= day).Sum(i => i.Amount);

    /// <summary>
    /// A missed instalment on the check day: what is due by then is more than what was covered. <paramref name="covered"/>
    /// is what the resident paid since the plan started beyond the new debts of that time (the plan's part of the payments).
    /// </summary>
    public static bool Missed(IEnumerable<Instalment> schedule, DateOnly checkDay, decimal covered) => DueBy(schedule, checkDay) > Math.Max(0m, covered);

    /// <summary>Everything of the plan is paid and the last instalment is past.</summary>
    public static bool Completed(IReadOnlyList<Instalment> schedule, DateOnly day, decimal covered) =>
        schedule.Count > 0 && schedule[^1].Due <= day && covered >= schedule.Sum(i => i.Amount);

    private static List<decimal>? ByCount(decimal total, int count)
    {
        var each = Money.Cents(total / count);
        var amounts = Enumerable.Repeat(each, count - 1).ToList();
        amounts.Add(total - (each * (count - 1)));
        return amounts;
    }

    private static List<decimal>? ByMonthly(decimal total, decimal monthly)
    {
        var full = (int)Math.Min(Math.Floor(total / monthly), MaxInstalments + 1);
        var rest = total - (full * monthly);
        if (full > MaxInstalments)
        {
            return null;
        }

        var amounts = Enumerable.Repeat(monthly, full).ToList();
        if (rest > 0m)
        {
            amounts.Add(rest);
        }

        return amounts;
    }
}
