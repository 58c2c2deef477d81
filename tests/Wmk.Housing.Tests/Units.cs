using Wmk.Housing.Domain;

namespace Wmk.Housing.Tests;

internal static class Units
{
    public static readonly DateOnly Day = new(2026, 11, 26);

    public static Unit Certified(bool shared = false) => new()
    {
        Address = "Kerkstraat 1", District = "Merksem", Bedrooms = shared ? 2 : 1, IsShared = shared, MonthlyFee = 120m,
        AvailableFrom = Day.AddMonths(-6), AvailableUntil = Day.AddMonths(18),
        Epc = new Certificate { IssuedOn = Day.AddYears(-1), ExpiresOn = Day.AddYears(9) },
        Conformity = new Certificate { IssuedOn = Day.AddYears(-1), ExpiresOn = Day.AddYears(4) },
    };

    public static OccupancyContract Contract(Unit unit, DateOnly start, DateOnly end, int place = 1, Guid? resident = null) => new()
    {
        UnitId = unit.Id, Place = place, ResidentId = resident ?? Guid.NewGuid(), ResidentName = "X", Start = start, End = end,
    };
}
