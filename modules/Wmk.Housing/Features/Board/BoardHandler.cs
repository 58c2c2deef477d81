using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Board;

/// <summary>
/// Units, residents and free places on a day (today in Brussels by default), the empty days of a period (the 30 days up
/// to that day by default) and the units whose availability ends within three months of that day. Loads only the
/// columns the board needs (units in the order of the unit list, contracts touching the period or the day).
/// </summary>
internal sealed class BoardHandler(HousingDbContext db, PartnerScope scope, TimeProvider clock, IStringLocalizer<HousingResource> texts)
{
    public async Task<BoardView> GetAsync(DateOnly? on, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var day = on ?? clock.Today();
        var (first, last) = (from ?? day.AddDays(-29), to ?? day);
        var errors = new List<RuleError>();
        if (last < first || last.DayNumber - first.DayNumber > 366)
        {
            errors.Add(new("Board:PeriodInvalid", first, last));
        }

        errors.ThrowIfAny(texts);
        var visible = await scope.UnitsAsync(ct);
        var units = await visible.OrderBy(u => u.District).ThenBy(u => u.Address).Select(u => new Unit
        {
            Id = u.Id, Address = u.Address, District = u.District, HousingCompanyId = u.HousingCompanyId, MonthlyFee = u.MonthlyFee,
            Bedrooms = u.Bedrooms, IsShared = u.IsShared, IsReserve = u.IsReserve, UnderInspection = u.UnderInspection,
            AvailableFrom = u.AvailableFrom, AvailableUntil = u.AvailableUntil,
        }).ToListAsync(ct);
        var companies = await db.Partners.AsNoTracking().Where(p => p.Kind == PartnerKind.HousingCompany).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var (low, high) = (first < day ? first : day, last > day ? last : day);
        var contracts = (await (scope.IsRestricted ? db.Contracts.Where(c => visible.Any(u => u.Id == c.UnitId)) : db.Contracts).AsNoTracking()
                .Where(c => c.Start <= high && (c.TerminatedOn ?? c.End) >= low)
                .Select(c => new OccupancyContract
                {
                    Id = c.Id, UnitId = c.UnitId, Place = c.Place, ResidentName = c.ResidentName, Start = c.Start, End = c.End, TerminatedOn = c.TerminatedOn,
                })
                .ToListAsync(ct))
            .ToLookup(c => c.UnitId);
        var rows = units.Select(u =>
        {
            var own = contracts[u.Id] as IReadOnlyCollection<OccupancyContract> ?? [.. contracts[u.Id]];
            var residents = own.Where(c => c.Covers(day)).OrderBy(c => c.Place)
                .Select(c => new BoardResident(c.Id, c.Place, scope.ResidentName(c.ResidentName), c.Start, c.LastDay)).ToList();
            var available = Vacancy.Available(u, day);
            var free = available && !u.UnderInspection ? u.Places - Vacancy.OccupiedPlaces(u, own, day) : 0;
            var (empty, cost) = Vacancy.Of(u, own, first, last);
            return new BoardUnit(u.Id, u.Address, u.District, companies.GetValueOrDefault(u.HousingCompanyId, "?"), u.IsReserve,
                u.UnderInspection, available, u.Places, free, residents, empty, cost, u.AvailableUntil);
        }).ToList();
        var soon = rows.Where(r => r.AvailableUntil >= day && r.AvailableUntil <= day.AddMonths(3)).OrderBy(r => r.AvailableUntil).ToList();
        return new BoardView(day, first, last, rows.Where(r => r.Available).Sum(r => r.Places), rows.Where(r => !r.IsReserve).Sum(r => r.FreePlaces),
            rows.Sum(r => r.EmptyDays), rows.Sum(r => r.EmptyCost), rows, soon);
    }
}
