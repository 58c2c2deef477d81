namespace Wmk.Housing.Features.Board;

internal sealed record BoardResident(Guid ContractId, int Place, string? Name, DateOnly Start, DateOnly LastDay);

internal sealed record BoardUnit(
    Guid Id, string Address, string District, string HousingCompany, bool IsReserve, bool UnderInspection, bool Available,
    int Places, int FreePlaces, IReadOnlyList<BoardResident> Residents, int EmptyDays, decimal EmptyCost, DateOnly AvailableUntil);

/// <summary>The board on one day, with the friction vacancy of a period and the units whose availability ends soon.</summary>
internal sealed record BoardView(
    DateOnly Day, DateOnly From, DateOnly To, int Places, int FreePlaces, int EmptyDays, decimal EmptyCost,
    IReadOnlyList<BoardUnit> Units, IReadOnlyList<BoardUnit> EndingSoon);
