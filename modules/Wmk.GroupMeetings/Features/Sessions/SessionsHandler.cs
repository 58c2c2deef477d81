using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.GroupMeetings.Data;
using Wmk.GroupMeetings.Domain;
using Wmk.GroupMeetings.Features.Locations;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.GroupMeetings.Features.Sessions;

/// <summary>Woonclub sessions: list, plan, show with the neighbourhood's residents, record attendance.</summary>
internal sealed class SessionsHandler(
    GroupMeetingsDbContext db, LocationsHandler locations, NeighbourhoodResidents neighbourhood, IAuditLog audit, TimeProvider clock,
    IStringLocalizer<GroupMeetingsResource> texts)
{
    public async Task<IReadOnlyList<SessionView>> ListAsync(Guid? locationId, int? year, CancellationToken ct)
    {
        var query = db.Sessions.AsNoTracking();
        if (locationId is { } id)
        {
            query = query.Where(s => s.LocationId == id);
        }

        if (year is { } y)
        {
            query = query.Where(s => s.Date >= new DateOnly(y, 1, 1) && s.Date <= new DateOnly(y, 12, 31));
        }

        var rows = await query.Join(db.Locations, s => s.LocationId, l => l.Id, (s, l) => new { Session = s, l.Name }).ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Session.Date).ThenBy(r => r.Name).Select(r => SessionView.Of(r.Session, r.Name))];
    }

    public async Task<SessionView> AddAsync(SessionInput input, CancellationToken ct)
    {
        SessionRules.Check(input).ThrowIfAny(texts);
        var location = await locations.FindAsync(input.LocationId!.Value, ct);
        var session = new WoonclubSession
        {
            LocationId = location.Id, Date = input.Date!.Value, StartsAt = input.StartsAt!.Value, EndsAt = input.EndsAt!.Value,
            Theme = Text.Clean(input.Theme)!, Description = Text.Clean(input.Description),
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        return SessionView.Of(session, location.Name);
    }

    public async Task<SessionDetail> GetAsync(Guid id, CancellationToken ct)
    {
        var (session, location) = await FindAsync(id, ct);
        var marks = await db.Attendances.AsNoTracking().Where(a => a.SessionId == id).ToListAsync(ct);
        var residents = await neighbourhood.OfAsync(location, session.Date, ct);
        var attendees = residents.Select(r => new AttendeeView(r.ResidentId, r.FullName, marks.FirstOrDefault(m => m.ResidentId == r.ResidentId)?.Status))
            .Concat(marks.Where(m => residents.All(r => r.ResidentId != m.ResidentId)).Select(m => new AttendeeView(m.ResidentId, m.ResidentName, m.Status)))
            .ToList();
        return new SessionDetail(SessionView.Of(session, location.Name), attendees);
    }

    public async Task<SessionDetail> RecordAttendanceAsync(Guid id, AttendanceInput input, CancellationToken ct)
    {
        var (session, location) = await FindAsync(id, ct);
        var residents = (await neighbourhood.OfAsync(location, session.Date, ct)).ToDictionary(r => r.ResidentId);
        var known = await db.Attendances.Where(a => a.SessionId == id).ToListAsync(ct);
        var invitable = residents.Keys.Concat(known.Select(a => a.ResidentId)).ToHashSet();
        SessionRules.CheckAttendance(session.Date, clock.Today(), input.Marks, invitable).ThrowIfAny(texts);
        foreach (var mark in input.Marks!)
        {
            if (known.FirstOrDefault(a => a.ResidentId == mark.ResidentId) is { } row)
            {
                row.Status = mark.Status;
            }
            else
            {
                db.Attendances.Add(new Attendance { SessionId = id, ResidentId = mark.ResidentId, ResidentName = residents[mark.ResidentId].FullName, Status = mark.Status });
            }
        }

        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Update, "WoonclubAttendance", id.ToString(), $"{input.Marks!.Count} residents", ct);
        return await GetAsync(id, ct);
    }

    public async Task<(WoonclubSession Session, Location Location)> FindAsync(Guid id, CancellationToken ct)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException(typeof(GroupMeetingsResource), "Session:NotFound");
        return (session, await locations.FindAsync(session.LocationId, ct));
    }
}
