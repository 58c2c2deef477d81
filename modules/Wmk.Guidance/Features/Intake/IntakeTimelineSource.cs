using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Security;

namespace Wmk.Guidance.Features.Intake;

/// <summary>
/// Intake conversations with their outcome, overrides and matching meetings on a candidate's timeline; overrides and
/// meetings only for readers who see the full intake (staff with the intake permission), never for a counsellor.
/// </summary>
internal sealed class IntakeTimelineSource(
    GuidanceDbContext db, ICurrentUser user, IPermissionChecker permissions, IStringLocalizer<GuidanceResource> texts) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ForAsync(Guid candidateId, Guid? residentId, CancellationToken cancellationToken)
    {
        var full = !user.SeesOnlyOwnClients && await permissions.IsGrantedAsync(GuidancePermissions.ManageIntake, cancellationToken);
        var link = $"/guidance/candidates/{candidateId}/intake";
        var entries = new List<TimelineEntry>();
        foreach (var c in await db.IntakeConversations.AsNoTracking().Where(c => c.CandidateId == candidateId).ToListAsync(cancellationToken))
        {
            entries.Add(new(c.HeldOn, "Intake." + c.Kind, texts["Intake:TimelineText", texts["IntakeOutcome:" + c.Outcome], c.NextStep], link));
            if (full && c.OverriddenAt is { } at)
            {
                entries.Add(new(DateOnly.FromDateTime(at), "Intake.Override", texts["Intake:TimelineOverride", c.OverrideReason!], link));
            }
        }

        if (full)
        {
            var meetings = await db.Matches.AsNoTracking()
                .Where(m => (m.FirstCandidateId == candidateId || m.SecondCandidateId == candidateId) && m.MeetingOn != null)
                .ToListAsync(cancellationToken);
            entries.AddRange(meetings.Select(m => new TimelineEntry(
                m.MeetingOn!.Value, "Intake.Match", texts["Match:TimelineText", m.UnitAddress, texts["MatchStatus:" + m.Status]], $"/guidance/matches/{m.Id}")));
        }

        return [.. entries.OrderBy(e => e.On)];
    }
}
