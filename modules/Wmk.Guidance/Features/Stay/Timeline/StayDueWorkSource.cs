using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Stay.Timeline;

/// <summary>The stay's open work: onboarding items not done ("Onboarding.{Kind}") and planned conversations ("Conversation").</summary>
internal sealed class StayDueWorkSource(GuidanceDbContext db) : IDueWorkSource
{
    public async Task<IReadOnlyList<DueWork>> DueAsync(DateOnly until, CancellationToken cancellationToken)
    {
        var active = db.Residents.Where(r => r.Status == ResidentStatus.Active);
        var items = await db.OnboardingItems.AsNoTracking().Where(i => i.DoneOn == null && i.DueOn <= until)
            .Join(active, i => i.ResidentId, r => r.Id, (i, r) => new { i.Id, i.Kind, i.DueOn, r.CandidateId, ResidentId = r.Id, r.CounsellorAccountId })
            .ToListAsync(cancellationToken);
        var planned = await db.Conversations.AsNoTracking().Where(c => c.HeldOn == null && c.PlannedOn != null && c.PlannedOn <= until)
            .Join(active, c => c.ResidentId, r => r.Id, (c, r) => new { c.Id, c.PlannedOn, r.CandidateId, ResidentId = r.Id, r.CounsellorAccountId })
            .ToListAsync(cancellationToken);
        return
        [
            .. items.Select(i => new DueWork("Onboarding." + i.Kind, i.Id, i.CandidateId, i.ResidentId, i.CounsellorAccountId, i.DueOn)),
            .. planned.Select(c => new DueWork("Conversation", c.Id, c.CandidateId, c.ResidentId, c.CounsellorAccountId, c.PlannedOn!.Value)),
        ];
    }
}
