using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Security;

namespace Wmk.Guidance.Features.Reports.Caseload;

/// <summary>Active residents per case worker today, the names from the member directory (a former member shows as such).</summary>
internal sealed class CaseloadHandler(GuidanceDbContext db, IMemberDirectory members, TimeProvider clock, IStringLocalizer<GuidanceResource> texts)
{
    public async Task<CaseloadView> GetAsync(CancellationToken ct)
    {
        var workers = await db.Residents.AsNoTracking()
            .Where(r => r.Status == ResidentStatus.Active)
            .Select(r => r.CaseWorkerAccountId)
            .ToListAsync(ct);
        var ids = workers.OfType<Guid>().Distinct().ToList();
        var found = ids.Count == 0 ? [] : await members.FindByIdsAsync(ids, ct);
        var names = found.ToDictionary(m => m.AccountId, m => m.DisplayName ?? m.Email);
        return CaseloadRows.Of(clock.Today(), workers, names, texts["Reports:Caseload:FormerMember"]);
    }
}
