namespace Wmk.GroupMeetings.Features.Laundry;

/// <summary>The laundry of a location: the weekdays the machine is open (one or two), the hours and the slot length.</summary>
internal sealed record LaundrySettingsInput(IReadOnlyList<DayOfWeek>? Days, TimeOnly? Opens, TimeOnly? Closes, int? SlotMinutes);

internal sealed record BookingInput(Guid? ResidentId, DateOnly? Day, TimeOnly? StartsAt);

internal sealed record BookingView(Guid Id, Guid LocationId, Guid ResidentId, string ResidentName, DateOnly Day, TimeOnly StartsAt, TimeOnly EndsAt, bool NoShow);

/// <summary>A slot of a laundry day, with its booking when taken.</summary>
internal sealed record SlotView(DateOnly Day, TimeOnly StartsAt, TimeOnly EndsAt, BookingView? Booking);

/// <summary>The laundry days of one week (Monday <paramref name="Week"/>) at a location and their slots.</summary>
internal sealed record LaundryWeekView(Guid LocationId, string LocationName, DateOnly Week, IReadOnlyList<SlotView> Slots);

internal sealed record NoShowInput(bool NoShow);
