using Wmk.Finance.Domain;
using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.FollowUp;

/// <summary>
/// The dates and steps of the arrears follow-up (domain.md, Money): rent due before the due day; on the message day (15th)
/// a message to resident and counsellor; on the reminder day (20th) the reminder letter; then manual steps.
/// </summary>
internal static class FollowUpRules
{
    /// <summary>The manual steps staff record (the automatic ones, pauses and closing are made by the system).</summary>
    public static readonly IReadOnlySet<ArrearsStepKind> Manual = new HashSet<ArrearsStepKind>(
    [
        ArrearsStepKind.CauseTalk, ArrearsStepKind.PlanProposed, ArrearsStepKind.PlanAgreed, ArrearsStepKind.RegisteredLetter,
        ArrearsStepKind.Conciliation, ArrearsStepKind.JusticeOfPeace,
    ]);

    /// <summary>A day of a setting in a month, clamped to the month's last day (a 31 in February is the 28th or 29th).</summary>
    public static DateOnly DayIn(DateOnly month, int day) =>
        new(month.Year, month.Month, Math.Clamp(day, 1, DateTime.DaysInMonth(month.Year, month.Month)));

    /// <summary>
    /// The automatic step the daily scan takes today for a resident with unpaid rent, or null. The reminder from the
    /// reminder day on, the message from the message day until the reminder day; a missed day is caught up on a later day
    /// of the month (when the reminder day has passed too, only the reminder goes: it is sent to the counsellor as well).
    /// </summary>
    /// <param name="doneThisMonth">The automatic steps already taken this month.</param>
    public static ArrearsStepKind? AutomaticStep(DateOnly today, int messageDay, int reminderDay, IReadOnlyCollection<ArrearsStepKind> doneThisMonth)
    {
        var message = DayIn(today, messageDay);
        var reminder = DayIn(today, Math.Max(reminderDay, messageDay));
        if (today >= reminder)
        {
            return doneThisMonth.Contains(ArrearsStepKind.Reminder) ? null : ArrearsStepKind.Reminder;
        }

        return today >= message && !doneThisMonth.Contains(ArrearsStepKind.Message) ? ArrearsStepKind.Message : null;
    }

    /// <summary>The day before which an unpaid rent is followed up this month: the message day (an item due before it is late).</summary>
    public static DateOnly LateBefore(DateOnly today, int messageDay) => DayIn(today, messageDay);

    /// <summary>The unique key of an automatic step in a month ("Reminder:2026-12").</summary>
    public static string MonthKey(ArrearsStepKind kind, DateOnly day) => $"{kind}:{day:yyyy-MM}";

    /// <summary>
    /// Whether to show the information on the eviction prevention fund (Fonds ter bestrijding van uithuiszettingen, via the
    /// OCMW): when a plan is not enough (a plan's instalment was missed, or a registered letter went) and before and at the
    /// justice of the peace.
    /// </summary>
    public static bool ShowsFund(ArrearsStepKind? lastStep, bool planSignalled) =>
        planSignalled || lastStep is ArrearsStepKind.RegisteredLetter or ArrearsStepKind.Conciliation or ArrearsStepKind.JusticeOfPeace;

    /// <summary>Checks a manual step; the errors (keys of the finance resource) in one list.</summary>
    public static List<RuleError> CheckStep(ArrearsStepKind kind, string? trackingNumber, string? note, DateOnly on, DateOnly today, bool paused)
    {
        var errors = new List<RuleError>();
        if (!Manual.Contains(kind))
        {
            errors.Add(new("FollowUp:NotManual"));
        }

        if (kind == ArrearsStepKind.RegisteredLetter && string.IsNullOrWhiteSpace(trackingNumber))
        {
            errors.Add(new("FollowUp:TrackingRequired"));
        }

        if (trackingNumber?.Trim().Length > 50)
        {
            errors.Add(new("FollowUp:TrackingTooLong", 50));
        }

        if (note?.Trim().Length > 1000)
        {
            errors.Add(new("FollowUp:NoteTooLong", 1000));
        }

        if (on > today)
        {
            errors.Add(new("FollowUp:FutureStep", on));
        }

        if (paused)
        {
            errors.Add(new("FollowUp:IsPaused"));
        }

        return errors;
    }
}
