using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Features.Ledger;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Settings;

namespace Wmk.Finance.Features.MyClients;

/// <summary>
/// A resident's account on the guidance timeline: today's balance (kind <c>Finance.Balance</c>) and every follow-up step
/// (kind <c>Finance.FollowUp</c>), amounts in Belgian format; only when the finance module is on for the tenant and the
/// reader may see finance (staff) or their own clients' finance (counsellor; the timeline page already limits them to
/// their own clients).
/// </summary>
internal sealed class FinanceTimeline(
    FinanceDbContext db, LedgerQuery ledger, IFeatureChecker features, IPermissionChecker permissions, TimeProvider clock,
    IStringLocalizer<FinanceResource> texts) : ITimelineSource
{
    public const string BalanceKind = "Finance.Balance";

    public const string FollowUpKind = "Finance.FollowUp";

    public async Task<IReadOnlyList<TimelineEntry>> ForAsync(Guid candidateId, Guid? residentId, CancellationToken cancellationToken)
    {
        if (residentId is not { } id
            || !await features.IsEnabledAsync(ModuleFeatures.FeatureName("Finance"), cancellationToken)
            || !(await permissions.IsGrantedAsync(FinancePermissions.View, cancellationToken)
                || await permissions.IsGrantedAsync(FinancePermissions.ViewOwnClients, cancellationToken)))
        {
            return [];
        }

        var entries = new List<TimelineEntry>();
        var link = $"/finance/my-clients/{id}";
        var steps = await db.ArrearsSteps.AsNoTracking().Where(s => s.ResidentId == id).Select(s => new { s.On, s.Kind, s.RecordedAt }).ToListAsync(cancellationToken);
        foreach (var s in steps.OrderBy(s => s.On).ThenBy(s => s.RecordedAt))
        {
            entries.Add(new(s.On, FollowUpKind, texts["Step:" + s.Kind].Value, link));
        }

        var today = clock.Today();
        if ((await ledger.BalancesAsync(today, [id], cancellationToken)).SingleOrDefault() is { } balance)
        {
            entries.Add(new(today, BalanceKind, texts["Timeline:Balance", Euro(balance.Balance), Euro(balance.Overdue)].Value, link));
        }

        return entries;
    }

    private static string Euro(decimal amount) => amount.ToString("C", WmkCultures.Dutch);
}
