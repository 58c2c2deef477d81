using Microsoft.EntityFrameworkCore;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Board;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Settings;

namespace Wmk.Housing.Features.CompanyReport;

/// <summary>Aggregates per housing company, with no personal data: units in use, occupancy, empty days and the cap.</summary>
internal sealed record CompanyRow(
    Guid Id, string Name, int Units, int UnitsInUse, int Places, int OccupiedPlaces, decimal OccupancyRate, int EmptyDays, CapUse Cap);

internal sealed record CompanyReportView(DateOnly Day, DateOnly From, DateOnly To, IReadOnlyList<CompanyRow> Companies);

internal sealed class CompanyReportHandler(HousingDbContext db, PartnerScope scope, ISettingProvider settings, TimeProvider clock)
{
    public async Task<CompanyReportView> GetAsync(CancellationToken ct)
    {
        var day = clock.Today();
        var (from, to) = (day.AddDays(-89), day);
        var cap = await settings.GetDecimalAsync(HousingSettings.CapPercent, ct);
        var companies = await (await scope.PartnersAsync(ct)).Where(p => p.Kind == PartnerKind.HousingCompany).OrderBy(p => p.Name).ToListAsync(ct);
        var units = (await (await scope.UnitsAsync(ct)).ToListAsync(ct)).ToLookup(u => u.HousingCompanyId);
        var contracts = (await db.Contracts.AsNoTracking().Where(c => c.Start <= to && (c.TerminatedOn ?? c.End) >= from).ToListAsync(ct))
            .ToLookup(c => c.UnitId);
        var rows = companies.Select(company =>
        {
            var own = units[company.Id].ToList();
            var available = own.Where(u => Vacancy.Available(u, day)).ToList();
            var occupied = available.Sum(u => Vacancy.OccupiedPlaces(u, contracts[u.Id], day));
            var places = available.Sum(u => u.Places);
            var rate = places == 0 ? 0m : Math.Round(occupied * 100m / places, 1, MidpointRounding.AwayFromZero);
            return new CompanyRow(
                company.Id, company.Name, own.Count, available.Count(u => Vacancy.OccupiedPlaces(u, contracts[u.Id], day) > 0),
                places, occupied, rate, own.Sum(u => Vacancy.Of(u, [.. contracts[u.Id]], from, to).EmptyDays),
                CapUse.Of(own, company.HousingStock ?? 0, cap, day));
        }).ToList();
        return new CompanyReportView(day, from, to, rows);
    }
}
