using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Ending.Notices;

/// <summary>
/// When notices fall due. A notice is due on the same day of the month, the given months before the contract end;
/// when that month is shorter the last day of that month is taken (end 31/05 → notice 28/02, or 29/02 in a leap year;
/// end 30/06 → 30/03), so the notice period is never shorter than the months asked. A notice stays due (a late run
/// catches up) until the contract end, never after it.
/// </summary>
internal static class NoticeRules
{
    public static DateOnly DueOn(DateOnly contractEnd, int monthsBefore) => contractEnd.AddMonths(-monthsBefore);

    /// <summary>
    /// The latest contract end for which a notice of <paramref name="maxMonths"/> (the longest of the notice periods) can be
    /// due on <paramref name="today"/>: the daily run reads only the residents whose contract ends by then. A due day is
    /// the end day moved back and clamped to a shorter month, which loses at most 3 days (31/05 → 28/02), so 3 days are
    /// added to the same day <paramref name="maxMonths"/> later. A pre-filter: <see cref="Due"/> decides.
    /// </summary>
    public static DateOnly LatestEndWithNoticeDue(DateOnly today, int maxMonths) => today.AddMonths(Math.Max(0, maxMonths)).AddDays(3);

    /// <summary>The kinds of notice due on <paramref name="today"/> for a contract ending on <paramref name="contractEnd"/>.</summary>
    public static IReadOnlyList<(NoticeKind Kind, DateOnly DueOn)> Due(DateOnly contractEnd, DateOnly today, int noticeMonths, int reminderMonths)
    {
        if (today > contractEnd)
        {
            return [];
        }

        var due = new List<(NoticeKind, DateOnly)>();
        foreach (var (kind, months) in new[] { (NoticeKind.Termination, noticeMonths), (NoticeKind.Reminder, reminderMonths) })
        {
            var on = DueOn(contractEnd, months);
            if (months > 0 && on <= today)
            {
                due.Add((kind, on));
            }
        }

        return due;
    }
}
