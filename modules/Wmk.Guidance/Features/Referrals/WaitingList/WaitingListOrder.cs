using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Referrals.WaitingList;

/// <summary>A candidate on the waiting list (Waiting or Invited), with its referral moment.</summary>
internal sealed record WaitingEntry(Guid CandidateId, Guid? PartnerId, CandidateStatus Status, DateOnly ReferredOn, DateTimeOffset ReferredAt);

/// <summary>A priority partner: its cap and the places it holds now (candidates invited or accepted, active residents).</summary>
internal sealed record PriorityQuota(Guid PartnerId, int Cap, int Held);

internal sealed record RankedEntry(WaitingEntry Entry, int Position, bool HasPriority);

/// <summary>
/// The waiting-list order: by referral date (then moment). A priority partner's candidates go first as long as the
/// partner holds fewer places than its cap: its invited candidates (who already hold a place) and its first
/// <c>cap − held</c> waiting candidates; the others keep their place by referral date. Positions count from 1.
/// </summary>
internal static class WaitingListOrder
{
    public static IReadOnlyList<RankedEntry> Rank(IEnumerable<WaitingEntry> entries, IReadOnlyCollection<PriorityQuota> quotas)
    {
        var free = quotas.ToDictionary(q => q.PartnerId, q => Math.Max(0, q.Cap - q.Held));
        var byDate = entries.OrderBy(e => e.ReferredOn).ThenBy(e => e.ReferredAt).ThenBy(e => e.CandidateId).ToList();
        var first = new List<WaitingEntry>();
        var rest = new List<WaitingEntry>();
        foreach (var entry in byDate)
        {
            if (entry.PartnerId is not { } partner || !free.TryGetValue(partner, out var left))
            {
                rest.Add(entry);
            }
            else if (entry.Status == CandidateStatus.Invited)
            {
                first.Add(entry);
            }
            else if (left > 0)
            {
                free[partner] = left - 1;
                first.Add(entry);
            }
            else
            {
                rest.Add(entry);
            }
        }

        return [.. first.Select((e, i) => new RankedEntry(e, i + 1, true)), .. rest.Select((e, i) => new RankedEntry(e, first.Count + i + 1, false))];
    }
}
