using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Contracts;
using Wmk.GroupMeetings.Data;
using Wmk.GroupMeetings.Domain;

namespace Wmk.GroupMeetings.Features.Sessions;

/// <summary>A resident's absences from the Woonclub (not the excused ones) on their timeline: the day, place and theme.</summary>
internal sealed class AbsenceTimeline(GroupMeetingsDbContext db, IStringLocalizer<GroupMeetingsResource> texts) : ITimelineSource
{
    public const string Kind = "WoonclubAbsent";

    public async Task<IReadOnlyList<TimelineEntry>> ForAsync(Guid candidateId, Guid? residentId, CancellationToken cancellationToken)
    {
        if (residentId is not { } id)
        {
            return [];
        }

        var rows = await db.Attendances.AsNoTracking().Where(a => a.ResidentId == id && a.Status == AttendanceStatus.Absent)
            .Join(db.Sessions, a => a.SessionId, s => s.Id, (a, s) => s)
            .Join(db.Locations, s => s.LocationId, l => l.Id, (s, l) => new { s.Id, s.Date, s.Theme, l.Name })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new TimelineEntry(r.Date, Kind, texts["Timeline:Absent", r.Name, r.Theme], $"/meetings/sessions/{r.Id}"))];
    }
}
