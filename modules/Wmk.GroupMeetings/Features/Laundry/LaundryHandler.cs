using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Contracts;
using Wmk.GroupMeetings.Data;
using Wmk.GroupMeetings.Domain;
using Wmk.GroupMeetings.Features.Locations;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Settings;

namespace Wmk.GroupMeetings.Features.Laundry;

/// <summary>
/// Laundry settings of a location, the week's slots, bookings (by staff on a resident's behalf: residents have no
/// accounts yet), cancellations and no-shows. No double booking: the rules check first and the unique key (location,
/// day, start) refuses the loser of two bookings at once.
/// </summary>
internal sealed class LaundryHandler(
    GroupMeetingsDbContext db, LocationsHandler locations, IResidents residents, ISettingProvider settings, IAuditLog audit, TimeProvider clock,
    IStringLocalizer<GroupMeetingsResource> texts)
{
    public static LaundryHours? HoursOf(Location l) =>
        l.LaundryOpens is { } opens && l.LaundryCloses is { } closes && LocationView.LaundryDaysOf(l) is { Count: > 0 } days
            ? new LaundryHours(days, opens, closes, l.SlotMinutes)
            : null;

    /// <summary>The current residents a booking can be made for, by name.</summary>
    public async Task<IReadOnlyList<ResidentInfo>> BookableAsync(CancellationToken ct) =>
        [.. (await residents.ListAsync(new ResidentQuery(CurrentOnly: true), ct)).Where(r => r.LivesThereOn(clock.Today()))];

    public async Task<LocationView> SetAsync(Guid locationId, LaundrySettingsInput input, CancellationToken ct)
    {
        var location = await locations.FindAsync(locationId, ct);
        LaundryRules.CheckSettings(input).ThrowIfAny(texts);
        (location.LaundryDay1, location.LaundryDay2) = (input.Days![0], input.Days.Count > 1 ? input.Days[1] : null);
        (location.LaundryOpens, location.LaundryCloses, location.SlotMinutes) = (input.Opens, input.Closes, input.SlotMinutes!.Value);
        await db.SaveChangesAsync(ct);
        return LocationView.Of(location);
    }

    public async Task<LaundryWeekView> WeekAsync(Guid locationId, DateOnly? anyDay, CancellationToken ct)
    {
        var location = await locations.FindAsync(locationId, ct);
        var monday = LaundryRules.WeekOf(anyDay ?? clock.Today());
        var bookings = await db.LaundryBookings.AsNoTracking()
            .Where(b => b.LocationId == locationId && b.Day >= monday && b.Day <= monday.AddDays(6)).ToListAsync(ct);
        var slots = new List<SlotView>();
        if (HoursOf(location) is { } hours)
        {
            foreach (var day in LaundryRules.DaysOfWeek(hours, monday))
            {
                slots.AddRange(LaundryRules.Slots(hours).Select(s => new SlotView(day, s.Start, s.End,
                    bookings.FirstOrDefault(b => b.Day == day && b.StartsAt == s.Start) is { } b ? View(b) : null)));
            }
        }

        return new LaundryWeekView(location.Id, location.Name, monday, slots);
    }

    public async Task<BookingView> BookAsync(Guid locationId, BookingInput input, CancellationToken ct)
    {
        var location = await locations.FindAsync(locationId, ct);
        var resident = input.ResidentId is { } id
            ? (await residents.ListAsync(new ResidentQuery([id], CurrentOnly: true), ct)).SingleOrDefault()
            : null;
        if (resident is null)
        {
            throw new WmkException(400, typeof(GroupMeetingsResource), "Booking:ResidentRequired");
        }

        var hours = HoursOf(location);
        if (input.Day is { } day && input.StartsAt is { } start && hours is not null
            && await db.LaundryBookings.AnyAsync(b => b.LocationId == locationId && b.Day == day && b.StartsAt == start, ct))
        {
            throw Taken();
        }

        var monday = LaundryRules.WeekOf(input.Day ?? clock.Today());
        var own = (await db.LaundryBookings.AsNoTracking()
                .Where(b => b.ResidentId == resident.ResidentId && b.Day >= monday && b.Day <= monday.AddDays(6)).ToListAsync(ct))
            .Select(b => (b.Day, b.StartsAt, b.EndsAt)).ToList();
        var cap = await settings.GetIntAsync(GroupMeetingsSettings.LaundrySlotsPerWeek, ct);
        LaundryRules.CheckBooking(hours, input.Day, input.StartsAt, clock.NowInBrussels().DateTime, own, cap).ThrowIfAny(texts);

        var booking = new LaundryBooking
        {
            LocationId = locationId, ResidentId = resident.ResidentId, ResidentName = resident.FullName, Day = input.Day!.Value,
            StartsAt = input.StartsAt!.Value, EndsAt = input.StartsAt.Value.AddMinutes(hours!.SlotMinutes), BookedAt = clock.GetUtcNow(),
        };
        db.LaundryBookings.Add(booking);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw Taken();
        }

        return View(booking);
    }

    public async Task CancelAsync(Guid bookingId, CancellationToken ct)
    {
        var booking = await FindAsync(bookingId, ct);
        if (booking.Day.ToDateTime(booking.StartsAt) <= clock.NowInBrussels().DateTime)
        {
            throw new WmkException(400, typeof(GroupMeetingsResource), "Booking:CancelPast");
        }

        db.LaundryBookings.Remove(booking);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Delete, "LaundryBooking", booking.Id.ToString(), $"{booking.Day:yyyy-MM-dd} {booking.StartsAt:HH:mm}", ct);
    }

    public async Task<BookingView> MarkNoShowAsync(Guid bookingId, bool noShow, CancellationToken ct)
    {
        var booking = await FindAsync(bookingId, ct);
        if (booking.Day.ToDateTime(booking.StartsAt) > clock.NowInBrussels().DateTime)
        {
            throw new WmkException(400, typeof(GroupMeetingsResource), "Booking:NoShowFuture");
        }

        booking.NoShow = noShow;
        await db.SaveChangesAsync(ct);
        return View(booking);
    }

    private async Task<LaundryBooking> FindAsync(Guid id, CancellationToken ct) =>
        await db.LaundryBookings.SingleOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException(typeof(GroupMeetingsResource), "Booking:NotFound");

    private static ConflictException Taken() => new(typeof(GroupMeetingsResource), "Booking:Taken");

    private static BookingView View(LaundryBooking b) => new(b.Id, b.LocationId, b.ResidentId, b.ResidentName, b.Day, b.StartsAt, b.EndsAt, b.NoShow);
}
