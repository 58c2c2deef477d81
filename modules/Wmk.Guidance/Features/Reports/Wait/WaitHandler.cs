using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Reports.Wait;

/// <summary>The wait from referral to start of the residents started in a period (this year so far by default) and the waiting list today.</summary>
internal sealed class WaitHandler(GuidanceDbContext db, TimeProvider clock, IStringLocalizer<GuidanceResource> texts)
{
    public async Task<WaitView> GetAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = clock.Today();
        var (first, last) = (from ?? ReportPeriod.FirstDay(today.Year), to ?? today);
        ReportPeriod.CheckRange(first, last).ThrowIfAny(texts);
        var started = await db.Residents.AsNoTracking()
            .Where(r => r.StartedOn >= first && r.StartedOn <= last)
            .Join(db.Candidates, r => r.CandidateId, c => c.Id, (r, c) => new { r.StartedOn, c.ReferredOn })
            .ToListAsync(ct);
        var waits = started.Select(s => WaitFigures.Between(s.ReferredOn, s.StartedOn)).ToList();
        var waiting = await db.Candidates.AsNoTracking()
            .Where(c => c.Status == CandidateStatus.Waiting || c.Status == CandidateStatus.Invited)
            .Select(c => c.ReferredOn)
            .ToListAsync(ct);
        var sofar = waiting.Select(r => WaitFigures.Between(r, today)).ToList();
        return new WaitView(first, last, waits.Count, WaitFigures.Mean(waits), WaitFigures.Median(waits), today, sofar.Count, WaitFigures.Mean(sofar));
    }
}
