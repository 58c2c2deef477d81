using Wmk.Kernel.Rules;

namespace Wmk.Volunteers.Features.Activities;

/// <summary>Hours given on a day: more than zero, at most 12, in quarters; never on a day still to come.</summary>
internal static class HoursRules
{
    public const decimal MaxPerDay = 12m;

    public static void Check(List<RuleError> errors, DateOnly? on, decimal hours, DateOnly today, DateOnly? notBefore = null)
    {
        if (on is not { } day || day > today)
        {
            errors.Add(new("Hours:DateInvalid"));
        }
        else if (day < notBefore)
        {
            errors.Add(new("Hours:BeforeStart", notBefore.Value));
        }

        if (hours <= 0 || hours > MaxPerDay || hours * 4 != decimal.Truncate(hours * 4))
        {
            errors.Add(new("Hours:Invalid", MaxPerDay));
        }
    }

    /// <summary>An intern's progress in whole percent (capped at 100), or null without a target.</summary>
    public static int? Progress(decimal hours, int? target) =>
        target is > 0 ? (int)Math.Min(100, Math.Floor(hours * 100 / target.Value)) : null;
}
