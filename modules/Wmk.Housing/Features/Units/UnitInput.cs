using Wmk.Housing.Domain;

namespace Wmk.Housing.Features.Units;

/// <summary>
/// Everything a staff member enters about a unit (also its certificates and inspection flag); a change may carry the
/// stamp it was read with (without one the last writer wins).
/// </summary>
internal sealed record UnitInput(
    string? Address, string? District, Guid HousingCompanyId, Guid TechnicalManagerId, decimal MonthlyFee,
    int Bedrooms, int Floor, bool HasTerrace, bool HasGarden, EnergyContract Gas, EnergyContract Electricity, decimal Forfait,
    DateOnly AvailableFrom, DateOnly AvailableUntil, AvailabilityEndReason EndReason, LettingCategory Category,
    bool IsReserve, bool IsShared, bool UnderInspection,
    DateOnly? EpcIssuedOn = null, DateOnly? EpcExpiresOn = null, DateOnly? ConformityIssuedOn = null, DateOnly? ConformityExpiresOn = null, Guid? ConcurrencyStamp = null)
{
    /// <summary>The unit as it is now, to edit (with its stamp: a change in between answers 409).</summary>
    public static UnitInput Of(UnitView u) => new(
        u.Address, u.District, u.HousingCompanyId, u.TechnicalManagerId, u.MonthlyFee, u.Bedrooms, u.Floor, u.HasTerrace, u.HasGarden,
        u.Gas, u.Electricity, u.Forfait, u.AvailableFrom, u.AvailableUntil, u.EndReason, u.Category, u.IsReserve, u.IsShared,
        u.UnderInspection, u.EpcIssuedOn, u.EpcExpiresOn, u.ConformityIssuedOn, u.ConformityExpiresOn, u.ConcurrencyStamp);
}

/// <summary>A unit as staff and technical managers see it (no residents).</summary>
internal sealed record UnitView(
    Guid Id, string Address, string District, Guid HousingCompanyId, string HousingCompany, Guid TechnicalManagerId,
    string TechnicalManager, decimal MonthlyFee, int Bedrooms, int Floor, bool HasTerrace, bool HasGarden,
    EnergyContract Gas, EnergyContract Electricity, decimal Forfait, DateOnly AvailableFrom, DateOnly AvailableUntil,
    AvailabilityEndReason EndReason, LettingCategory Category, bool IsReserve, bool IsShared, int Places, bool UnderInspection,
    DateOnly? EpcIssuedOn, DateOnly? EpcExpiresOn, DateOnly? ConformityIssuedOn, DateOnly? ConformityExpiresOn, Guid ConcurrencyStamp);
