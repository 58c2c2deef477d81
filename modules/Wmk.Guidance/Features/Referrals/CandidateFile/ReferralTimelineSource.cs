using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Referrals.CandidateFile;

/// <summary>The referral and the waiting-list status changes on a person's timeline (the counsellor filter applies).</summary>
internal sealed class ReferralTimelineSource(GuidanceDbContext db, IStringLocalizer<GuidanceResource> texts) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ForAsync(Guid candidateId, Guid? residentId, CancellationToken cancellationToken)
    {
        var steps = await db.CandidateStatusChanges.AsNoTracking().Where(s => s.CandidateId == candidateId).ToListAsync(cancellationToken);
        var link = $"/guidance/candidates/{candidateId}";
        return [.. steps.OrderBy(s => s.At).Select(s => s.From is null
            ? new TimelineEntry(s.On, "Referral", texts["Referral:TimelineReferred"], link)
            : new TimelineEntry(s.On, "CandidateStatus", Status(s.To, s.Reason), link))];
    }

    private string Status(CandidateStatus status, string? reason) => reason is null
        ? texts["Referral:TimelineStatus", texts["Status:" + status].Value]
        : texts["Referral:TimelineStatusReason", texts["Status:" + status].Value, reason];
}
