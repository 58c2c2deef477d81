using Microsoft.EntityFrameworkCore;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Ledger;
using Wmk.Kernel.Settings;

namespace Wmk.Finance.Features.PaymentPlans;

/// <summary>
/// The monthly check of every active plan (on the check day, default the 15th): what the resident paid since the plan
/// started beyond the new debts of that time (the change of the ledger balance since the day before the start) is what
/// covered the plan; instalments due by today above it are a missed instalment and raise one signal per plan and month
/// (unique key; the follow-up page shows it and staff get a task). A plan whose instalments are all past and covered completes.
/// </summary>
internal sealed class PlanCheck(FinanceDbContext db, LedgerQuery ledger, ISettingProvider settings)
{
    /// <summary>The days after the check day on which a missed check is still made (the host was down that day).</summary>
    public const int CatchUpDays = 2;

    public async Task<PlanCheckResult?> RunIfDueAsync(DateOnly today, CancellationToken ct)
    {
        var checkDay = Features.FollowUp.FollowUpRules.DayIn(today, await settings.GetIntAsync(FinanceSettings.PlanCheckDay, ct));
        return today >= checkDay && today.DayNumber - checkDay.DayNumber <= CatchUpDays ? await RunAsync(today, ct) : null;
    }

    public async Task<PlanCheckResult> RunAsync(DateOnly today, CancellationToken ct)
    {
        var plans = await db.PaymentPlans.Include(p => p.Instalments).Include(p => p.Signals).AsSplitQuery()
            .Where(p => p.Status == PlanStatus.Active && p.StartsOn <= today).ToListAsync(ct);
        if (plans.Count == 0)
        {
            return new PlanCheckResult(today, 0, 0, 0);
        }

        var residentIds = plans.Select(p => p.ResidentId).Distinct().ToList();
        var now = (await ledger.BalancesAsync(today, residentIds, ct)).ToDictionary(b => b.ResidentId, b => b.Balance);
        var before = new Dictionary<(DateOnly, Guid), decimal>();
        foreach (var start in plans.GroupBy(p => p.StartsOn))
        {
            foreach (var b in await ledger.BalancesAsync(start.Key.AddDays(-1), [.. start.Select(p => p.ResidentId).Distinct()], ct))
            {
                before[(start.Key, b.ResidentId)] = b.Balance;
            }
        }

        var month = new DateOnly(today.Year, today.Month, 1);
        int signals = 0, completed = 0;
        foreach (var plan in plans)
        {
            var covered = before.GetValueOrDefault((plan.StartsOn, plan.ResidentId)) - now.GetValueOrDefault(plan.ResidentId);
            var schedule = plan.Instalments.OrderBy(i => i.Number).Select(i => new Instalment(i.Number, i.Due, i.Amount)).ToList();
            if (PlanRules.Completed(schedule, today, covered))
            {
                plan.Status = PlanStatus.Completed;
                plan.EndedOn = today;
                completed++;
            }
            else if (PlanRules.Missed(schedule, today, covered) && plan.Signals.All(s => s.Month != month))
            {
                db.PaymentPlanSignals.Add(new PaymentPlanSignal
                {
                    PlanId = plan.Id, ResidentId = plan.ResidentId, Month = month, RaisedOn = today, Due = PlanRules.DueBy(schedule, today),
                    Covered = Math.Max(0m, covered),
                });
                signals++;
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A parallel check of the same month saved first (the unique key): it raised the signals.
            db.ChangeTracker.Clear();
            return new PlanCheckResult(today, plans.Count, 0, 0);
        }

        return new PlanCheckResult(today, plans.Count, signals, completed);
    }
}
