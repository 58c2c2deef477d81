namespace Wmk.Guidance.Features.Reports.Wait;

/// <param name="Started">Residents started in the period.</param>
/// <param name="MeanDays">Mean days from referral to start (one decimal), null when nobody started.</param>
/// <param name="MedianDays">Median of the same days (the mean of the middle two for an even count).</param>
/// <param name="Waiting">Candidates holding a waiting-list position today (waiting or invited).</param>
/// <param name="MeanDaysWaiting">Their mean days since the referral so far.</param>
internal sealed record WaitView(
    DateOnly From, DateOnly To, int Started, decimal? MeanDays, decimal? MedianDays, DateOnly Day, int Waiting, decimal? MeanDaysWaiting);

/// <summary>Mean and median of day counts, rounded to one decimal; null for no values.</summary>
internal static class WaitFigures
{
    public static decimal? Mean(IReadOnlyCollection<int> days) =>
        days.Count == 0 ? null : ReportPeriod.OneDecimal((decimal)days.Sum(d => (long)d) / days.Count);

    public static decimal? Median(IReadOnlyCollection<int> days)
    {
        if (days.Count == 0)
        {
            return null;
        }

        var sorted = days.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : ReportPeriod.OneDecimal((sorted[middle - 1] + sorted[middle]) / 2m);
    }

    /// <summary>Days from <paramref name="from"/> to <paramref name="to"/> (0 on the same day).</summary>
    public static int Between(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;
}
