namespace Wmk.Guidance.Contracts;

/// <summary>
/// A piece of work that falls due: the daily scheduler turns it into one task (never twice: the key is
/// <see cref="Kind"/> + <see cref="SubjectId"/> + <see cref="DueOn"/>), shown in "to do this week" to staff and to the
/// counsellor concerned.
/// </summary>
/// <param name="Kind">e.g. "Onboarding.FamilyInsurance", "Conversation", "Notice.Termination"; text <c>Task:{Kind}</c>.</param>
/// <param name="SubjectId">The record the work is about (the onboarding item, the planned conversation, ...).</param>
/// <param name="CounsellorAccountId">The counsellor who sees it too (the resident's), or null.</param>
public sealed record DueWork(string Kind, Guid SubjectId, Guid CandidateId, Guid? ResidentId, Guid? CounsellorAccountId, DateOnly DueOn);

/// <summary>An area's open work due up to a day; each area with such work registers one.</summary>
public interface IDueWorkSource
{
    /// <summary>The open work due on or before <paramref name="until"/> (done work is not returned).</summary>
    Task<IReadOnlyList<DueWork>> DueAsync(DateOnly until, CancellationToken cancellationToken);
}
