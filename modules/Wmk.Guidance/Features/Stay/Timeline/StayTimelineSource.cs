using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Data;
using Wmk.Housing.Contracts;

namespace Wmk.Guidance.Features.Stay.Timeline;

/// <summary>The stay's events on the timeline: the start, onboarding items done, conversations held, housing's key flag.</summary>
internal sealed class StayTimelineSource(GuidanceDbContext db, IOccupancy occupancy, IStringLocalizer<GuidanceResource> texts) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ForAsync(Guid candidateId, Guid? residentId, CancellationToken cancellationToken)
    {
        if (residentId is not { } id)
        {
            return [];
        }

        var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (resident is null)
        {
            return [];
        }

        var link = $"/guidance/residents/{id}";
        var done = await db.OnboardingItems.AsNoTracking().Where(i => i.ResidentId == id && i.DoneOn != null).ToListAsync(cancellationToken);
        var held = await db.Conversations.AsNoTracking().Where(c => c.ResidentId == id && c.HeldOn != null).ToListAsync(cancellationToken);
        var flags = await occupancy.KeyFlagsAsync([id], cancellationToken);
        return
        [
            new(resident.StartedOn, "Start", texts["Stay:Timeline:Start", resident.ContractEnd.ToString("dd/MM/yyyy")], link),
            .. done.Select(i => new TimelineEntry(i.DoneOn!.Value, "Onboarding", texts["Stay:Onboarding:" + i.Kind], link)),
            .. held.Select(c => new TimelineEntry(c.HeldOn!.Value, "Conversation", texts["Stay:Kind:" + c.Kind] + ": " + c.Agenda, link + "/conversations")),
            .. flags.Select(f => new TimelineEntry(f.FlaggedOn, "KeyFlag", texts["Stay:Timeline:KeyFlag", f.Incidents], link + "/conversations")),
        ];
    }
}
