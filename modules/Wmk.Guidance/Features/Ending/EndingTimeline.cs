using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Data;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Ending;

/// <summary>The notices (with the registered letter and its tracking number) and the exit (with the destination) on a timeline.</summary>
internal sealed class EndingTimeline(GuidanceDbContext db, IStringLocalizer<GuidanceResource> texts) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ForAsync(Guid candidateId, Guid? residentId, CancellationToken cancellationToken)
    {
        if (residentId is not { } id)
        {
            return [];
        }

        var entries = new List<TimelineEntry>();
        var link = $"/guidance/residents/{id}/notices";
        foreach (var n in await db.Notices.AsNoTracking().Where(n => n.ResidentId == id).ToListAsync(cancellationToken))
        {
            entries.Add(new(n.CreatedOn, "Notice", texts["Timeline:Notice:" + n.Kind, RuleError.Format(n.ContractEnd)], link));
            if (n.LetterSentOn is { } sent)
            {
                entries.Add(new(sent, "Notice", texts["Timeline:Letter", n.TrackingNumber ?? string.Empty], link));
            }
        }

        var exit = await db.Exits.AsNoTracking().Where(e => e.ResidentId == id)
            .Join(db.Residents, e => e.ResidentId, r => r.Id, (e, r) => new { e.LastDay, r.Destination })
            .SingleOrDefaultAsync(cancellationToken);
        if (exit is not null)
        {
            var destination = exit.Destination is { } d ? texts["Destination:" + d].Value : "—";
            entries.Add(new(exit.LastDay, "Exit", texts["Timeline:ExitTo", destination], $"/guidance/residents/{id}/exit"));
        }

        return entries;
    }
}
