using Wmk.Housing.Domain;

namespace Wmk.Housing.Features.Units;

/// <summary>Everything a staff member enters about a unit (also its certificates and inspection flag).</summary>
internal sealed record UnitInput(
    string? Address, string? District, Guid HousingCompanyId, Guid TechnicalManagerId, decimal MonthlyFee,
    int Bedrooms, int Floor, bool HasTerrace, bool HasGarden, EnergyContract Gas, EnergyContract Electricity, decimal Forfait,
    DateOnly AvailableFrom, DateOnly AvailableUntil, AvailabilityEndReason EndReason, LettingCategory Category,
    bool IsReserve, bool IsShared, bool UnderInspection,
    DateOnly? EpcIssuedOn = null, DateOnly? EpcExpiresOn = null, DateOnly? ConformityIssuedOn = null, DateOnly? ConformityExpiresOn = null);

/// <summary>A unit as staff and technical managers see it (no residents).</summary>
internal sealed record UnitView(
    Guid Id, string Address, string District, Guid HousingCompanyId, string HousingCompany, Guid TechnicalManagerId,
    string TechnicalManager, decimal MonthlyFee, int Bedrooms, int Floor, bool HasTerrace, bool HasGarden,
    EnergyContract Gas, EnergyContract Electricity, decimal Forfait, DateOnly AvailableFrom, DateOnly AvailableUntil,
    AvailabilityEndReason EndReason, LettingCategory Category, bool IsReserve, bool IsShared, int Places, bool UnderInspection,
    DateOnly? EpcIssuedOn, DateOnly? EpcExpiresOn, DateOnly? ConformityIssuedOn, DateOnly? ConformityExpiresOn);
