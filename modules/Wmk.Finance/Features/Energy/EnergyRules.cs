using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.Energy;

/// <summary>The tenant's prices per unit of consumption and when a forfait is "far off".</summary>
/// <param name="Prices">Price per kWh or m³ by meter kind ("Electricity", "Gas", "Water").</param>
/// <param name="FixedPart">The monthly part of the forfait that no meter measures (common parts, lift, cleaning).</param>
/// <param name="ThresholdPercent">A forfait more than this many percent above or below the estimate is proposed for adjustment.</param>
internal sealed record EnergyPrices(IReadOnlyDictionary<string, decimal> Prices, decimal FixedPart, int ThresholdPercent);

/// <summary>The estimate of a unit's monthly cost against its forfait.</summary>
/// <param name="Estimated">Fixed part + the mean monthly metered cost, in cents.</param>
/// <param name="DeviationPercent">(forfait − estimate) ÷ estimate × 100, one decimal; positive: the forfait is too high.</param>
/// <param name="Proposed">The proposed new forfait when off by more than the threshold, otherwise null.</param>
internal sealed record EnergyComparison(decimal Forfait, decimal Estimated, decimal DeviationPercent, decimal? Proposed);

/// <summary>Energy forfaits: the split of a shared unit's advance and the comparison of consumption with the forfait.</summary>
internal static class EnergyRules
{
    /// <summary>
    /// Splits an amount over <paramref name="people"/> to the cent, never losing or adding one: everybody gets the same
    /// cents, the first ones one cent more until the remainder is used (the shares differ by at most one cent).
    /// </summary>
    public static IReadOnlyList<decimal> Split(decimal amount, int people)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(people, 1);
        var cents = (long)(Money.Cents(amount) * 100m);
        var (share, rest) = (cents / people, cents % people);
        return [.. Enumerable.Range(0, people).Select(i => (share + (i < Math.Abs(rest) ? Math.Sign(rest) : 0)) / 100m)];
    }

    /// <summary>
    /// Compares <paramref name="forfait"/> with the consumption of the months in <paramref name="consumption"/> (kind and
    /// quantity per month; kinds without a price count nothing): the estimate is the fixed part plus the mean monthly
    /// cost over the months that have consumption. Null when there is no consumption to compare with.
    /// </summary>
    public static EnergyComparison? Compare(decimal forfait, IEnumerable<(DateOnly Month, string Kind, decimal Quantity)> consumption, EnergyPrices prices)
    {
        var rows = consumption.ToList();
        var months = rows.Select(r => r.Month).Distinct().Count();
        if (months == 0)
        {
            return null;
        }

        var metered = rows.Sum(r => r.Quantity * prices.Prices.GetValueOrDefault(r.Kind));
        var estimated = Money.Cents(prices.FixedPart + (metered / months));
        var deviation = estimated == 0m ? (forfait == 0m ? 0m : 100m) : (forfait - estimated) / estimated * 100m;
        return new EnergyComparison(forfait, estimated, Math.Round(deviation, 1, MidpointRounding.AwayFromZero),
            Math.Abs(deviation) > prices.ThresholdPercent && estimated > 0m ? estimated : null);
    }

    /// <summary>The forfait valid in <paramref name="month"/>: the latest version from that month or before, else the unit's own.</summary>
    public static decimal ValidIn(IEnumerable<(DateOnly ValidFrom, decimal Amount)> versions, DateOnly month, decimal unitForfait) =>
        versions.Where(v => v.ValidFrom <= month).OrderByDescending(v => v.ValidFrom).Select(v => (decimal?)v.Amount).FirstOrDefault() ?? unitForfait;

    /// <summary>The day a solo resident's energy check of month <paramref name="number"/> (1 or 2) falls due: the last day of that month of the stay.</summary>
    public static DateOnly CheckDue(DateOnly start, int number) => start.AddMonths(number).AddDays(-1);
}
