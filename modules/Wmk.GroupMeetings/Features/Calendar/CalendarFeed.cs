using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.GroupMeetings.Data;
using Wmk.GroupMeetings.Domain;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Settings;

namespace Wmk.GroupMeetings.Features.Calendar;

/// <summary>
/// A location's Woonclub sessions as an iCalendar feed at <c>/meetings/feeds/{slug}/{token}.ics</c>, for calendar apps
/// (no sign-in: the token is the secret, renewable by staff). Date, times, place and theme; never a resident's name.
/// An unknown tenant or token, or the module switched off, is a 404.
/// </summary>
internal static class CalendarFeed
{
    public const string TimeZone = "Europe/Brussels";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/meetings/feeds/{slug}/{token}.ics", async (string slug, string token, HttpContext http, CancellationToken ct) =>
        {
            var sp = http.RequestServices;
            if (await sp.GetRequiredService<ITenantStore>().FindBySlugAsync(slug, ct) is not { IsActive: true } tenant)
            {
                return Results.NotFound();
            }

            using var scope = sp.GetRequiredService<ICurrentTenant>().Change(tenant);
            if (!await sp.GetRequiredService<IFeatureChecker>().IsEnabledAsync(ModuleFeatures.FeatureName("GroupMeetings"), ct))
            {
                return Results.NotFound();
            }

            var db = sp.GetRequiredService<GroupMeetingsDbContext>();
            if (await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.FeedToken == token, ct) is not { } location)
            {
                return Results.NotFound();
            }

            var sessions = await db.Sessions.AsNoTracking().Where(s => s.LocationId == location.Id).OrderBy(s => s.Date).ToListAsync(ct);
            return Results.Text(Write(location, sessions), "text/calendar; charset=utf-8");
        }).AllowAnonymous();

    public static string Write(Location location, IEnumerable<WoonclubSession> sessions)
    {
        var calendar = new Ical.Net.Calendar();
        calendar.AddTimeZone(new VTimeZone(TimeZone));
        foreach (var s in sessions)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = s.Id.ToString(),
                Summary = "Woonclub: " + s.Theme,
                Description = s.Description,
                Location = location.Name + ", " + location.Address,
                Start = At(s.Date, s.StartsAt),
                End = At(s.Date, s.EndsAt),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static CalDateTime At(DateOnly day, TimeOnly time) => new(day.Year, day.Month, day.Day, time.Hour, time.Minute, 0, TimeZone);
}
