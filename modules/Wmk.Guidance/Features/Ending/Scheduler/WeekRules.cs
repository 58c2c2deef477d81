namespace Wmk.Guidance.Features.Ending.Scheduler;

/// <summary>Weeks run Monday to Sunday (Belgium).</summary>
internal static class WeekRules
{
    /// <summary>The Sunday that ends the week of <paramref name="day"/> (the day itself on a Sunday).</summary>
    public static DateOnly EndOfWeek(DateOnly day) => day.AddDays((7 - (int)day.DayOfWeek) % 7);

    /// <summary>The Sunday that ends the week after the week of <paramref name="day"/>: the scheduler's horizon.</summary>
    public static DateOnly EndOfNextWeek(DateOnly day) => EndOfWeek(day).AddDays(7);
}
