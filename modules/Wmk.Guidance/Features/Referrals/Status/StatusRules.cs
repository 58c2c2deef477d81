using Wmk.Guidance.Domain;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Referrals.Status;

/// <summary>A staff decision on the waiting list; <see cref="ConcurrencyStamp"/> is the candidate's stamp as last read.</summary>
internal sealed record StatusInput(CandidateStatus Status, string? Reason, Guid ConcurrencyStamp);

/// <summary>
/// Which waiting-list changes staff may make: invite a waiting candidate; put on hold a waiting or invited one; withdraw
/// one that is waiting, invited or on hold; send an invited or on-hold candidate back to waiting. On hold and withdrawn
/// need a reason. Intake, acceptance and the start belong to later areas.
/// </summary>
internal static class StatusRules
{
    public const int ReasonMax = 500;

    private static readonly Dictionary<CandidateStatus, CandidateStatus[]> Allowed = new()
    {
        [CandidateStatus.Invited] = [CandidateStatus.Waiting],
        [CandidateStatus.OnHold] = [CandidateStatus.Waiting, CandidateStatus.Invited],
        [CandidateStatus.Withdrawn] = [CandidateStatus.Waiting, CandidateStatus.Invited, CandidateStatus.OnHold],
        [CandidateStatus.Waiting] = [CandidateStatus.Invited, CandidateStatus.OnHold],
    };

    public static IReadOnlyList<RuleError> Check(CandidateStatus from, CandidateStatus to, string? reason)
    {
        var errors = new List<RuleError>();
        if (!Allowed.TryGetValue(to, out var sources) || !sources.Contains(from))
        {
            errors.Add(new("Referral:StatusNotAllowed"));
        }

        var clean = Text.Clean(reason);
        if (to is CandidateStatus.OnHold or CandidateStatus.Withdrawn && clean is null)
        {
            errors.Add(new("Referral:ReasonRequired"));
        }

        if (clean is { Length: > ReasonMax })
        {
            errors.Add(new("Referral:ReasonTooLong", ReasonMax));
        }

        return errors;
    }
}
