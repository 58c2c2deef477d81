using System.Data.Common;

namespace Wmk.Housing.Contracts;

/// <summary>A free place of a unit on a day, as other modules (guidance) may see it.</summary>
/// <param name="AvailableUntil">The last day of the unit's availability window.</param>
public sealed record FreePlaceInfo(Guid UnitId, string Address, string District, bool Shared, int Bedrooms, int Place, DateOnly AvailableUntil);

/// <summary>An occupancy contract as other modules see it (no money, no unit details beyond the address).</summary>
/// <param name="LastDay">The termination day when terminated early, otherwise <paramref name="End"/>.</param>
public sealed record OccupancyInfo(
    Guid ContractId, Guid UnitId, string Address, int Place, Guid ResidentId, DateOnly Start, DateOnly End, DateOnly? TerminatedOn, DateOnly LastDay);

/// <summary>One day of the places count: the places of the units available that day (reserve units left out) and how many a contract holds.</summary>
public sealed record PlaceDay(DateOnly Day, int Places, int Occupied);

/// <summary>A resident's key flag: three key incidents within six months, the third on <paramref name="FlaggedOn"/>.</summary>
public sealed record KeyFlagInfo(Guid ResidentId, DateOnly FlaggedOn, int Incidents);

/// <summary>A new contract for a resident owned by another module.</summary>
/// <param name="Place">A place of the unit, or null for the first free one.</param>
/// <param name="End">The end, or null for the tenant's default length.</param>
public sealed record StartOccupancy(Guid UnitId, int? Place, Guid ResidentId, string ResidentName, DateOnly Start, DateOnly? End = null);

/// <summary>What the rent of a unit depends on: its housing company, bedrooms, sharing and monthly forfait.</summary>
public sealed record UnitTerms(Guid UnitId, string Address, Guid HousingCompanyId, int Bedrooms, bool Shared, int Places, decimal Forfait);

/// <summary>A contract that covers part of a period, with its unit's terms and how many contracts share the unit.</summary>
/// <param name="Occupants">The unit's contracts covering the contract's first day in the period (itself included).</param>
public sealed record ChargeableOccupancy(
    Guid ContractId, Guid ResidentId, string ResidentName, DateOnly Start, DateOnly LastDay, UnitTerms Unit, int Occupants);

/// <summary>Where a unit is: its address and district (the neighbourhood group meetings invite by).</summary>
public sealed record UnitPlace(Guid UnitId, string Address, string District);
/// <summary>What one meter of a unit used in a calendar month (pro rata between the technical manager's readings).</summary>
/// <param name="Kind">"Electricity", "Gas" or "Water".</param>
/// <param name="InForfait">Whether the unit's forfait pays this energy (water always; gas and electricity when the unit's energy set-up says so).</param>
public sealed record MeterConsumption(Guid UnitId, string Kind, int Year, int Month, decimal Consumption, bool InForfait);

/// <summary>A unit available for part of a period, with what the tenant pays its technical manager per month.</summary>
public sealed record UnitCost(
    Guid UnitId, string Address, Guid HousingCompanyId, Guid TechnicalManagerId, decimal MonthlyFee, DateOnly AvailableFrom, DateOnly AvailableUntil,
    bool IsReserve, bool Shared, int Places);

/// <summary>
/// The housing module's door for other modules: free places, starting and ending contracts of their residents.
/// Every call runs under the current tenant and the housing rules (a broken rule throws the same 400 the housing
/// API gives, in the user's language; an unknown unit or contract is a 404).
/// </summary>
public interface IOccupancy
{
    /// <summary>Every free place on <paramref name="on"/> of the units that are available that day.</summary>
    Task<IReadOnlyList<FreePlaceInfo>> FreePlacesAsync(DateOnly on, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a contract. With <paramref name="transaction"/> the housing change joins that transaction (same
    /// database), so a caller's own rows and the contract commit or roll back together.
    /// </summary>
    Task<OccupancyInfo> StartAsync(StartOccupancy request, DbTransaction? transaction = null, CancellationToken cancellationToken = default);

    /// <summary>The contracts of these residents (all of them, oldest first).</summary>
    Task<IReadOnlyList<OccupancyInfo>> OfResidentsAsync(IReadOnlyCollection<Guid> residentIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every day from <paramref name="from"/> to <paramref name="to"/> (at most 366 days): the available places and the
    /// occupied ones (the occupancy rate's place-days and resident-days; no names).
    /// </summary>
    Task<IReadOnlyList<PlaceDay>> PlaceDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>The key flags of these residents (over all their contracts), for the next conversation.</summary>
    Task<IReadOnlyList<KeyFlagInfo>> KeyFlagsAsync(IReadOnlyCollection<Guid> residentIds, CancellationToken cancellationToken = default);

    /// <summary>Ends a contract before its end date (the last day the place is taken, and why).</summary>
    Task<OccupancyInfo> TerminateAsync(Guid contractId, DateOnly lastDay, string reason, DbTransaction? transaction = null,
        CancellationToken cancellationToken = default);

    /// <summary>The terms of a unit, or null when the tenant has no such unit.</summary>
    Task<UnitTerms?> UnitTermsAsync(Guid unitId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The contracts that cover at least one day from <paramref name="from"/> to <paramref name="to"/> (only
    /// <paramref name="contractId"/> when given), with their unit's terms and occupants.
    /// </summary>
    Task<IReadOnlyList<ChargeableOccupancy>> ChargeableAsync(DateOnly from, DateOnly to, Guid? contractId = null,
        CancellationToken cancellationToken = default);

    /// <summary>The address and district of these units (unknown ids are left out).</summary>
    Task<IReadOnlyList<UnitPlace>> UnitPlacesAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken = default);
    /// <summary>
    /// The monthly consumption from <paramref name="from"/> to <paramref name="to"/> (whole calendar months) of these
    /// units' meters, derived from the monthly readings the way the housing pages show it.
    /// </summary>
    Task<IReadOnlyList<MeterConsumption>> MeterReadingsAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default);

    /// <summary>The units available on at least one day from <paramref name="from"/> to <paramref name="to"/> (reserve units included).</summary>
    Task<IReadOnlyList<UnitCost>> AvailableUnitsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
