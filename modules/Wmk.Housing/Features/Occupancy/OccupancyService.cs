using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Wmk.Housing.Contracts;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Board;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Keys;
using Wmk.Housing.Features.MeterReadings;
using Wmk.Kernel.Data;
using Wmk.Kernel.Errors;

namespace Wmk.Housing.Features.Occupancy;

/// <summary>The housing side of <see cref="IOccupancy"/>: the same handlers and rules as the housing pages and API.</summary>
internal sealed class OccupancyService(HousingDbContext db, BoardHandler board, ContractsHandler contracts, KeysHandler keys) : IOccupancy
{
    public async Task<IReadOnlyList<KeyFlagInfo>> KeyFlagsAsync(IReadOnlyCollection<Guid> residentIds, CancellationToken cancellationToken = default) =>
        [.. (await keys.FlagsOfResidentsAsync(residentIds, cancellationToken)).Select(f => new KeyFlagInfo(f.ResidentId, f.FlaggedOn, f.Incidents))];

    public async Task<IReadOnlyList<FreePlaceInfo>> FreePlacesAsync(DateOnly on, CancellationToken cancellationToken = default)
    {
        var view = await board.GetAsync(on, on, on, cancellationToken);
        var open = view.Units.Where(u => u.FreePlaces > 0 && !u.IsReserve).ToList();
        var ids = open.Select(u => u.Id).ToList();
        var bedrooms = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (u.Bedrooms, u.IsShared), cancellationToken);
        return
        [
            .. open.SelectMany(u => Enumerable.Range(1, u.Places)
                .Where(p => u.Residents.All(r => r.Place != p))
                .Select(p => new FreePlaceInfo(u.Id, u.Address, u.District, bedrooms[u.Id].IsShared, bedrooms[u.Id].Bedrooms, p, u.AvailableUntil))),
        ];
    }

    public async Task<OccupancyInfo> StartAsync(StartOccupancy request, DbTransaction? transaction = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await EnlistAsync(transaction, cancellationToken);
        var started = await contracts.StartAsync(
            new StartContractInput(request.UnitId, request.Place, request.ResidentId, request.ResidentName, request.Start, request.End), cancellationToken);
        return await InfoAsync(started.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<OccupancyInfo>> OfResidentsAsync(IReadOnlyCollection<Guid> residentIds, CancellationToken cancellationToken = default)
    {
        var rows = await db.Contracts.AsNoTracking().Where(c => residentIds.Contains(c.ResidentId))
            .Join(db.Units, c => c.UnitId, u => u.Id, (c, u) => new { Contract = c, u.Address })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Contract.Start).Select(r => Info(r.Contract, r.Address))];
    }

    public async Task<IReadOnlyList<PlaceDay>> PlaceDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to.DayNumber - from.DayNumber, 365, nameof(to));
        var units = await db.Units.AsNoTracking().Where(u => !u.IsReserve && u.AvailableFrom <= to && u.AvailableUntil >= from).ToListAsync(cancellationToken);
        var ids = units.Select(u => u.Id).ToList();
        var contracts = (await db.Contracts.AsNoTracking()
                .Where(c => ids.Contains(c.UnitId) && c.Start <= to && (c.TerminatedOn ?? c.End) >= from).ToListAsync(cancellationToken))
            .ToLookup(c => c.UnitId);
        var days = new List<PlaceDay>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var (places, occupied) = Vacancy.PlacesOn(units, contracts, day);
            days.Add(new PlaceDay(day, places, occupied));
        }

        return days;
    }

    public async Task<OccupancyInfo> TerminateAsync(Guid contractId, DateOnly lastDay, string reason, DbTransaction? transaction = null,
        CancellationToken cancellationToken = default)
    {
        await EnlistAsync(transaction, cancellationToken);
        var stamp = await db.Contracts.AsNoTracking().Where(c => c.Id == contractId).Select(c => (Guid?)c.ConcurrencyStamp).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(typeof(HousingResource), "Contract:NotFound");
        await contracts.TerminateAsync(contractId, new TerminateContractInput(lastDay, reason, stamp), cancellationToken);
        return await InfoAsync(contractId, cancellationToken);
    }

    public async Task<UnitTerms?> UnitTermsAsync(Guid unitId, CancellationToken cancellationToken = default) =>
        await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => Terms(u)).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ChargeableOccupancy>> ChargeableAsync(DateOnly from, DateOnly to, Guid? contractId = null,
        CancellationToken cancellationToken = default)
    {
        var rows = await db.Contracts.AsNoTracking()
            .Where(c => c.Start <= to && (c.TerminatedOn ?? c.End) >= from && (contractId == null || c.Id == contractId))
            .ToListAsync(cancellationToken);
        var unitIds = rows.Select(c => c.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        // Without a contract filter the rows are already every contract of those units in the period.
        var sharing = (contractId is null ? rows : await db.Contracts.AsNoTracking()
                .Where(c => unitIds.Contains(c.UnitId) && c.Start <= to && (c.TerminatedOn ?? c.End) >= from).ToListAsync(cancellationToken))
            .ToLookup(c => c.UnitId);
        return
        [
            .. rows.OrderBy(c => c.Start).ThenBy(c => c.Id).Select(c =>
            {
                var first = c.Start > from ? c.Start : from;
                return new ChargeableOccupancy(c.Id, c.ResidentId, c.ResidentName, c.Start, c.LastDay, Terms(units[c.UnitId]),
                    Math.Max(1, sharing[c.UnitId].Count(o => o.Covers(first))));
            }),
        ];
    }

    public async Task<IReadOnlyList<UnitPlace>> UnitPlacesAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken = default)
    {
        var ids = unitIds.Distinct().ToList();
        return await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new UnitPlace(u.Id, u.Address, u.District)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MeterConsumption>> MeterReadingsAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default)
    {
        var ids = unitIds.Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => (u.Gas, u.Electricity), cancellationToken);
        var (first, last) = (new DateOnly(from.Year, from.Month, 1), new DateOnly(to.Year, to.Month, 1).AddMonths(1));
        var readings = (await db.Readings.AsNoTracking().Where(r => ids.Contains(r.UnitId)).ToListAsync(cancellationToken)).ToLookup(r => r.UnitId);
        return
        [
            .. units.SelectMany(u => MeterRules.PerMonth(readings[u.Key])
                .Where(m => new DateOnly(m.Year, m.Month, 1) >= first && new DateOnly(m.Year, m.Month, 1) < last)
                .Select(m => new MeterConsumption(u.Key, m.Kind.ToString(), m.Year, m.Month, m.Consumption, m.Kind switch
                {
                    MeterKind.Gas => u.Value.Gas == EnergyContract.Forfait,
                    MeterKind.Electricity => u.Value.Electricity == EnergyContract.Forfait,
                    _ => true,
                }))),
        ];
    }

    public async Task<IReadOnlyList<UnitCost>> AvailableUnitsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        await db.Units.AsNoTracking().Where(u => u.AvailableFrom <= to && u.AvailableUntil >= from).OrderBy(u => u.Address)
            .Select(u => new UnitCost(u.Id, u.Address, u.HousingCompanyId, u.TechnicalManagerId, u.MonthlyFee, u.AvailableFrom, u.AvailableUntil,
                u.IsReserve, u.IsShared, u.IsShared ? (u.Bedrooms > 1 ? u.Bedrooms : 1) : 1))
            .ToListAsync(cancellationToken);

    private static UnitTerms Terms(Unit u) => new(u.Id, u.Address, u.HousingCompanyId, u.Bedrooms, u.IsShared, u.Places, u.Forfait);

    private async Task EnlistAsync(DbTransaction? transaction, CancellationToken ct)
    {
        if (transaction is not null && db.Database.CurrentTransaction is null)
        {
            await db.EnlistAsync(transaction, ct);
        }
    }

    private async Task<OccupancyInfo> InfoAsync(Guid contractId, CancellationToken ct)
    {
        var row = await db.Contracts.AsNoTracking().Where(c => c.Id == contractId)
            .Join(db.Units, c => c.UnitId, u => u.Id, (c, u) => new { Contract = c, u.Address })
            .SingleAsync(ct);
        return Info(row.Contract, row.Address);
    }

    private static OccupancyInfo Info(OccupancyContract c, string address) =>
        new(c.Id, c.UnitId, address, c.Place, c.ResidentId, c.Start, c.End, c.TerminatedOn, c.LastDay);
}
