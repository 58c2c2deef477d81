using Microsoft.Extensions.DependencyInjection;
using Wmk.GroupMeetings.Data;
using Wmk.GroupMeetings.Domain;
using Wmk.GroupMeetings.Features.Laundry;
using Wmk.GroupMeetings.Features.Locations;
using Wmk.GroupMeetings.Features.Sessions;
using Wmk.Host.Tests.Guidance;

namespace Wmk.Host.Tests.GroupMeetings;

/// <summary>Locations, residents in Merksem (the housing seed's district) and group meetings rows for the tests.</summary>
internal static class MeetingsSeed
{
    public static readonly DateOnly SessionDay = new(2026, 12, 15);

    /// <summary>Tuesday 01/12/2026: a laundry day of <see cref="LocationAsync"/>.</summary>
    public static readonly DateOnly Tuesday = new(2026, 12, 1);

    /// <summary>A location in Merksem, its laundry open Tuesday and Friday 09:00–17:00 in slots of 60 minutes.</summary>
    public static async Task<LocationView> LocationAsync(IServiceProvider sp, string name = "Buurtappartement Merksem")
    {
        var location = await sp.GetRequiredService<LocationsHandler>().AddAsync(new(name, "Bredabaan 1, 2170 Merksem", "Merksem", null), default);
        return await sp.GetRequiredService<LaundryHandler>().SetAsync(location.Id, new([DayOfWeek.Tuesday, DayOfWeek.Friday], new(9, 0), new(17, 0), 60), default);
    }

    /// <summary>A current resident of a Merksem unit (contract to 30/06/2027).</summary>
    public static async Task<Guid> ResidentAsync(IServiceProvider sp, string? email = null, string? counsellorEmail = null) =>
        (await EndingSeed.ResidentWithContractAsync(sp, new DateOnly(2027, 6, 30), null, email, counsellorEmail)).Resident;

    public static async Task<SessionView> SessionAsync(IServiceProvider sp, Guid locationId) =>
        await sp.GetRequiredService<SessionsHandler>().AddAsync(new(locationId, SessionDay, new(18, 0), new(21, 0), "Budget", "Samen koken."), default);

    public static async Task<Location> IsolationLocationAsync(IServiceProvider sp) =>
        await sp.GetRequiredService<LocationsHandler>().FindAsync((await LocationAsync(sp, "Iso " + Guid.NewGuid().ToString("N")[..6])).Id, default);

    public static async Task SessionRowAsync(IServiceProvider sp) => await SessionAsync(sp, (await IsolationLocationAsync(sp)).Id);

    public static async Task AttendanceRowAsync(IServiceProvider sp)
    {
        var session = await SessionAsync(sp, (await IsolationLocationAsync(sp)).Id);
        var db = sp.GetRequiredService<GroupMeetingsDbContext>();
        db.Attendances.Add(new Attendance { SessionId = session.Id, ResidentId = Guid.NewGuid(), ResidentName = "Iso Latie", Status = AttendanceStatus.Absent });
        await db.SaveChangesAsync();
    }

    public static async Task BookingRowAsync(IServiceProvider sp)
    {
        var location = await IsolationLocationAsync(sp);
        var db = sp.GetRequiredService<GroupMeetingsDbContext>();
        db.LaundryBookings.Add(new LaundryBooking
        {
            LocationId = location.Id, ResidentId = Guid.NewGuid(), ResidentName = "Iso Latie", Day = Tuesday, StartsAt = new(9, 0), EndsAt = new(10, 0),
        });
        await db.SaveChangesAsync();
    }

    public static async Task WalkInRowAsync(IServiceProvider sp)
    {
        var location = await IsolationLocationAsync(sp);
        var db = sp.GetRequiredService<GroupMeetingsDbContext>();
        db.WalkIns.Add(new WalkIn { LocationId = location.Id, Date = new(2026, 11, 20), StartsAt = new(14, 0), EndsAt = new(16, 0), Visitors = 4 });
        await db.SaveChangesAsync();
    }
}
