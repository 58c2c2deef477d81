using Wmk.GroupMeetings.Domain;

namespace Wmk.GroupMeetings.Features.Locations;

internal sealed record LocationInput(string? Name, string? Address, string? Neighbourhood, Guid? UnitId);

internal sealed record LocationView(
    Guid Id, string Name, string Address, string Neighbourhood, Guid? UnitId, IReadOnlyList<DayOfWeek> LaundryDays, TimeOnly? LaundryOpens,
    TimeOnly? LaundryCloses, int SlotMinutes)
{
    public static LocationView Of(Location l) =>
        new(l.Id, l.Name, l.Address, l.Neighbourhood, l.UnitId, LaundryDaysOf(l), l.LaundryOpens, l.LaundryCloses, l.SlotMinutes);

    public static IReadOnlyList<DayOfWeek> LaundryDaysOf(Location l) => [.. new[] { l.LaundryDay1, l.LaundryDay2 }.OfType<DayOfWeek>()];
}
