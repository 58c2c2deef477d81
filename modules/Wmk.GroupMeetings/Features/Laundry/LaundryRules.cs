using Wmk.Kernel.Rules;

namespace Wmk.GroupMeetings.Features.Laundry;

/// <summary>A laundry's opening: the weekdays, from when to when, slots of a fixed length starting at the opening hour.</summary>
internal sealed record LaundryHours(IReadOnlyList<DayOfWeek> Days, TimeOnly Opens, TimeOnly Closes, int SlotMinutes);

/// <summary>
/// Laundry settings and bookings. Settings: one or two different weekdays, opening before closing, slots of 15–240
/// minutes with at least one slot fitting. A booking: the laundry is set up, the day is one of its weekdays, the start is
/// a slot start (opening + n × length, the slot ending by closing time), the slot has not started yet (Brussels time),
/// the resident has no other booking that overlaps it and is below the weekly cap (Monday to Sunday, all locations).
/// </summary>
internal static class LaundryRules
{
    public const int MinSlot = 15;
    public const int MaxSlot = 240;

    public static List<RuleError> CheckSettings(LaundrySettingsInput input)
    {
        var errors = new List<RuleError>();
        if (input.Days is not { Count: >= 1 and <= 2 } days || days.Distinct().Count() != days.Count)
        {
            errors.Add(new("Laundry:DaysInvalid"));
        }

        if (input.Opens is not { } opens || input.Closes is not { } closes)
        {
            errors.Add(new("Laundry:HoursRequired"));
        }
        else if (closes <= opens)
        {
            errors.Add(new("Laundry:ClosesBeforeOpens"));
        }
        else if (input.SlotMinutes is not { } slot || slot < MinSlot || slot > MaxSlot)
        {
            errors.Add(new("Laundry:SlotInvalid", MinSlot, MaxSlot));
        }
        else if ((closes - opens).TotalMinutes < slot)
        {
            errors.Add(new("Laundry:NoSlotFits"));
        }

        return errors;
    }

    /// <summary>The Monday of the week of <paramref name="day"/>.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The slots of one laundry day, in order.</summary>
    public static IReadOnlyList<(TimeOnly Start, TimeOnly End)> Slots(LaundryHours hours)
    {
        var slots = new List<(TimeOnly, TimeOnly)>();
        var closes = (int)hours.Closes.ToTimeSpan().TotalMinutes;
        for (var start = (int)hours.Opens.ToTimeSpan().TotalMinutes; start + hours.SlotMinutes <= closes; start += hours.SlotMinutes)
        {
            slots.Add((TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(start)), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(start + hours.SlotMinutes))));
        }

        return slots;
    }

    /// <summary>The laundry days of the week starting on <paramref name="monday"/>.</summary>
    public static IReadOnlyList<DateOnly> DaysOfWeek(LaundryHours hours, DateOnly monday) =>
        [.. Enumerable.Range(0, 7).Select(monday.AddDays).Where(d => hours.Days.Contains(d.DayOfWeek))];

    /// <param name="now">The current day and time in Brussels.</param>
    /// <param name="residentSlots">The resident's other bookings that week (any location): day, start, end.</param>
    public static List<RuleError> CheckBooking(
        LaundryHours? hours, DateOnly? day, TimeOnly? start, DateTime now, IReadOnlyList<(DateOnly Day, TimeOnly Start, TimeOnly End)> residentSlots, int cap)
    {
        var errors = new List<RuleError>();
        if (hours is null)
        {
            errors.Add(new("Booking:NoLaundry"));
            return errors;
        }

        if (day is not { } d || start is not { } s)
        {
            errors.Add(new("Booking:SlotRequired"));
            return errors;
        }

        if (!hours.Days.Contains(d.DayOfWeek) || Slots(hours).All(slot => slot.Start != s))
        {
            errors.Add(new("Booking:OutsideHours", d, s.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
            return errors;
        }

        if (d.ToDateTime(s) <= now)
        {
            errors.Add(new("Booking:InPast"));
        }

        var end = s.AddMinutes(hours.SlotMinutes);
        if (residentSlots.Any(o => o.Day == d && o.Start < end && s < o.End))
        {
            errors.Add(new("Booking:ResidentOverlap"));
        }
        else if (residentSlots.Count(o => WeekOf(o.Day) == WeekOf(d)) >= cap)
        {
            errors.Add(new("Booking:OverCap", cap));
        }

        return errors;
    }
}
