using Wmk.Housing.Domain;
using Wmk.Housing.Features.Shared;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.MeterReadings;

/// <summary>
/// Meter rules. Consumption per month: between two consecutive readings of one meter kind the difference is spread
/// evenly over the days from the first reading's day up to the day before the second, and each calendar month gets
/// its days' share. A replacement reading starts a new meter: nothing is derived across it.
/// </summary>
internal static class MeterRules
{
    public static List<RuleError> Check(MeterReading reading, IEnumerable<MeterReading> sameKind, DateOnly today)
    {
        var errors = new List<RuleError>();
        errors.NotInFuture(reading.Date, today);
        if (reading.Value < 0)
        {
            errors.Add(new("Reading:Negative"));
        }

        var others = sameKind.Where(r => r.Kind == reading.Kind).ToList();
        if (others.Any(r => r.Date == reading.Date))
        {
            errors.Add(new("Reading:SameDay", reading.Date));
            return errors;
        }

        var previous = others.Where(r => r.Date < reading.Date).MaxBy(r => r.Date);
        if (previous is not null && reading.Value < previous.Value && !reading.IsReplacement)
        {
            errors.Add(new("Reading:LowerThanPrevious", Plain(previous.Value), previous.Date));
        }

        var next = others.Where(r => r.Date > reading.Date).MinBy(r => r.Date);
        if (next is not null && next.Value < reading.Value && !next.IsReplacement)
        {
            errors.Add(new("Reading:HigherThanNext", Plain(next.Value), next.Date));
        }

        return errors;
    }

    /// <summary>
    /// A correction: the corrected reading obeys <see cref="Check"/> against the other readings, and when it moved
    /// (another day or meter) the readings around its old place must still follow each other (<see cref="CheckRemoval"/>).
    /// </summary>
    public static List<RuleError> CheckCorrection(MeterReading original, MeterReading corrected, IReadOnlyCollection<MeterReading> others, DateOnly today)
    {
        var errors = Check(corrected, others, today);
        if (errors.Count == 0 && (corrected.Kind != original.Kind || corrected.Date != original.Date))
        {
            errors.AddRange(CheckRemoval(original, [.. others, corrected]));
        }

        return errors;
    }

    /// <summary>Without <paramref name="removed"/> the next reading of its meter may not be lower than the previous one (unless a replacement).</summary>
    public static List<RuleError> CheckRemoval(MeterReading removed, IEnumerable<MeterReading> others)
    {
        var meter = others.Where(r => r.Kind == removed.Kind && r.Id != removed.Id).ToList();
        var previous = meter.Where(r => r.Date < removed.Date).MaxBy(r => r.Date);
        var next = meter.Where(r => r.Date > removed.Date).MinBy(r => r.Date);
        return previous is not null && next is not null && next.Value < previous.Value && !next.IsReplacement
            ? [new("Reading:RemovalBreaksSeries", next.Date, Plain(next.Value), Plain(previous.Value), previous.Date)]
            : [];
    }

    /// <summary>The value without the trailing zeros of the stored scale (5000.000 reads 5000).</summary>
    private static decimal Plain(decimal value) => value / 1.000000000000000000000000000000000m;

    public static IReadOnlyList<MonthlyConsumption> PerMonth(IEnumerable<MeterReading> readings)
    {
        var totals = new SortedDictionary<(MeterKind Kind, int Year, int Month), decimal>();
        foreach (var meter in readings.GroupBy(r => r.Kind))
        {
            var ordered = meter.OrderBy(r => r.Date).ToList();
            foreach (var (from, to) in ordered.Zip(ordered.Skip(1)).Where(p => !p.Second.IsReplacement))
            {
                var days = to.Date.DayNumber - from.Date.DayNumber;
                var perDay = (to.Value - from.Value) / days;
                for (var start = from.Date; start < to.Date;)
                {
                    var monthEnd = new DateOnly(start.Year, start.Month, 1).AddMonths(1);
                    var stop = monthEnd < to.Date ? monthEnd : to.Date;
                    var key = (meter.Key, start.Year, start.Month);
                    totals[key] = totals.GetValueOrDefault(key) + perDay * (stop.DayNumber - start.DayNumber);
                    start = stop;
                }
            }
        }

        return [.. totals.Select(t => new MonthlyConsumption(t.Key.Kind, t.Key.Year, t.Key.Month, Math.Round(t.Value, 2, MidpointRounding.AwayFromZero)))];
    }
}
