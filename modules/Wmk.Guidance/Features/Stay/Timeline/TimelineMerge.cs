using Wmk.Guidance.Contracts;

namespace Wmk.Guidance.Features.Stay.Timeline;

/// <summary>Every area's timeline events of a person (<see cref="ITimelineSource"/>) in one list, oldest first.</summary>
internal sealed class TimelineMerge(IEnumerable<ITimelineSource> sources)
{
    public async Task<IReadOnlyList<TimelineEntry>> ForAsync(Guid candidateId, Guid? residentId, CancellationToken ct)
    {
        var entries = new List<TimelineEntry>();
        foreach (var source in sources)
        {
            entries.AddRange(await source.ForAsync(candidateId, residentId, ct));
        }

        return Merge(entries);
    }

    /// <summary>By date; events of one day keep the order of their sources (trajectory order).</summary>
    public static IReadOnlyList<TimelineEntry> Merge(IEnumerable<TimelineEntry> entries) => [.. entries.OrderBy(e => e.On)];
}
