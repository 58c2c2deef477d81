using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Reports.Outflow;

/// <summary>The residents who left in <c>year</c> (and the <c>years - 1</c> before it), counted by destination.</summary>
internal sealed class OutflowHandler(GuidanceDbContext db, TimeProvider clock, IStringLocalizer<GuidanceResource> texts)
{
    public async Task<OutflowView> GetAsync(int? year, int? years, CancellationToken ct)
    {
        var last = ReportPeriod.Year(year, clock);
        var count = years ?? 1;
        ReportPeriod.CheckYears(last, count, clock.Today()).ThrowIfAny(texts);
        var (from, to) = (ReportPeriod.FirstDay(last - count + 1), ReportPeriod.LastDay(last));
        var exits = await db.Residents.AsNoTracking()
            .Where(r => r.LeftOn != null && r.LeftOn >= from && r.LeftOn <= to)
            .Select(r => new { LeftOn = r.LeftOn!.Value, r.Destination })
            .ToListAsync(ct);
        return OutflowTable.Of(exits.Select(e => (e.LeftOn, e.Destination)), last, count);
    }
}
