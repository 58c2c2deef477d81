using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Reports.Outflow;

/// <summary>One destination's exits per year (<see cref="Destination"/> null: left without a recorded destination).</summary>
internal sealed record OutflowRow(Destination? Destination, IReadOnlyList<int> Counts, int Total);

/// <summary>The yearly outflow by destination, the years side by side (oldest first), with totals per year.</summary>
internal sealed record OutflowView(IReadOnlyList<int> Years, IReadOnlyList<OutflowRow> Rows, IReadOnlyList<int> Totals, int Total);

/// <summary>
/// Counts exits by the calendar year of the last day of the stay (a Brussels date) and the destination, in the order
/// of domain.md; every destination gets a row (also with zeros), "not recorded" only when it happened.
/// </summary>
internal static class OutflowTable
{
    /// <summary>The text key of a destination's row.</summary>
    public static string Key(Destination? destination) => "Reports:Destination:" + (destination?.ToString() ?? "NotRecorded");

    public static OutflowView Of(IEnumerable<(DateOnly LeftOn, Destination? Destination)> exits, int lastYear, int years)
    {
        var columns = Enumerable.Range(lastYear - years + 1, years).ToList();
        var counted = exits.Where(e => columns.Contains(e.LeftOn.Year)).ToList();
        var rows = Enum.GetValues<Destination>().Order().Select(d => (Destination?)d).Append(null)
            .Select(d =>
            {
                var counts = columns.Select(y => counted.Count(e => e.Destination == d && e.LeftOn.Year == y)).ToList();
                return new OutflowRow(d, counts, counts.Sum());
            })
            .Where(r => r.Destination is not null || r.Total > 0)
            .ToList();
        var totals = columns.Select(y => counted.Count(e => e.LeftOn.Year == y)).ToList();
        return new OutflowView(columns, rows, totals, totals.Sum());
    }
}
