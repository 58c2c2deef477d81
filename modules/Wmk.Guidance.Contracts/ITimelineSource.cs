namespace Wmk.Guidance.Contracts;

/// <summary>One event on a person's timeline: when, what kind (a resource key suffix), a text for the reader, a link.</summary>
/// <param name="Kind">e.g. "Referral", "Conversation", "Notice", "Exit"; shown with the text <c>Timeline:{Kind}</c>.</param>
/// <param name="Text">Already in the reader's language, and only what the reader may see.</param>
public sealed record TimelineEntry(DateOnly On, string Kind, string Text, string? Link = null);

/// <summary>
/// An area's events for the timeline of a candidate and (once started) resident; each area registers one
/// (<c>services.AddScoped&lt;ITimelineSource, ...&gt;()</c>) and the timeline page merges them by date.
/// </summary>
public interface ITimelineSource
{
    /// <param name="candidateId">The candidate (always).</param>
    /// <param name="residentId">The resident, or null before the start.</param>
    Task<IReadOnlyList<TimelineEntry>> ForAsync(Guid candidateId, Guid? residentId, CancellationToken cancellationToken);
}
