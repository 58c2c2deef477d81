using Microsoft.Extensions.Localization;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Reports.Occupancy;

/// <summary>
/// Occupancy per month of a year, from housing's place-days (every contract on an available place counts as a
/// resident-day; reserve units are left out), counted up to today: days to come are not occupancy yet.
/// </summary>
internal sealed class OccupancyHandler(IOccupancy occupancy, TimeProvider clock, IStringLocalizer<GuidanceResource> texts)
{
    public async Task<OccupancyView> GetAsync(int? year, CancellationToken ct)
    {
        var today = clock.Today();
        var chosen = ReportPeriod.Year(year, clock);
        ReportPeriod.CheckYears(chosen, 1, today).ThrowIfAny(texts);
        var (from, last) = (ReportPeriod.FirstDay(chosen), ReportPeriod.LastDay(chosen));
        var to = last < today ? last : today;
        var days = from <= to ? await occupancy.PlaceDaysAsync(from, to, ct) : [];
        return OccupancyMonths.Of(chosen, days);
    }
}
