using Microsoft.EntityFrameworkCore;
using Wmk.GroupMeetings.Data;
using Wmk.GroupMeetings.Domain;
using Wmk.Kernel.Localization;

namespace Wmk.GroupMeetings.Features.Reports;

/// <summary>The group meetings report of a calendar year (default: this year).</summary>
internal sealed class ReportsHandler(GroupMeetingsDbContext db, TimeProvider clock)
{
    public async Task<MeetingsReport> GetAsync(int? year, CancellationToken ct)
    {
        var y = year ?? clock.Today().Year;
        var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        var locations = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.Date >= from && s.Date <= to).ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var marks = await db.Attendances.AsNoTracking().Where(a => ids.Contains(a.SessionId)).ToListAsync(ct);
        var bookings = await db.LaundryBookings.AsNoTracking().Where(b => b.Day >= from && b.Day <= to).ToListAsync(ct);

        var perSession = sessions.OrderBy(s => s.Date).ThenBy(s => locations[s.LocationId]).Select(s =>
        {
            var m = marks.Where(a => a.SessionId == s.Id).ToList();
            return new SessionAttendanceRow(s.Id, s.Date, locations[s.LocationId], s.Theme, Count(m, AttendanceStatus.Present),
                Count(m, AttendanceStatus.Excused), Count(m, AttendanceStatus.Absent));
        }).ToList();
        var perResident = marks.GroupBy(a => a.ResidentId).Select(g => new ResidentAttendanceRow(g.Key, g.First().ResidentName,
                Count(g, AttendanceStatus.Present), Count(g, AttendanceStatus.Excused), Count(g, AttendanceStatus.Absent)))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        var themes = sessions.GroupBy(s => s.Theme, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => new ThemeRow(g.First().Theme, g.Count(), [.. g.Select(s => locations[s.LocationId]).Distinct().Order(StringComparer.CurrentCulture)]))
            .OrderBy(t => t.Theme, StringComparer.CurrentCulture).ToList();
        var laundry = bookings.GroupBy(b => (Location: locations[b.LocationId], b.Day.Month))
            .Select(g => new LaundryUseRow(g.Key.Location, g.Key.Month, g.Count(), g.Count(b => b.NoShow), g.Select(b => b.ResidentId).Distinct().Count()))
            .OrderBy(r => r.Location, StringComparer.CurrentCulture).ThenBy(r => r.Month).ToList();
        return new MeetingsReport(y, perSession, perResident, themes, laundry);
    }

    private static int Count(IEnumerable<Attendance> marks, AttendanceStatus status) => marks.Count(a => a.Status == status);
}
