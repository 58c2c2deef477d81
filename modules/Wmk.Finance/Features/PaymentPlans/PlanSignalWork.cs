using Microsoft.EntityFrameworkCore;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Guidance.Contracts;

namespace Wmk.Finance.Features.PaymentPlans;

/// <summary>
/// The unhandled signals of active plans as staff tasks ("to do this week", text <c>Task:Finance.PlanMissed</c> in the
/// guidance resources), due the day they were raised; a task closes once the plan is kept or ended. Not shown to the counsellor.
/// </summary>
internal sealed class PlanSignalWork(FinanceDbContext db, IResidents residents) : IDueWorkSource
{
    public const string Kind = "Finance.PlanMissed";

    public async Task<IReadOnlyList<DueWork>> DueAsync(DateOnly until, CancellationToken cancellationToken)
    {
        var signals = await db.PaymentPlanSignals.AsNoTracking().Where(s => s.HandledOn == null && s.RaisedOn <= until)
            .Join(db.PaymentPlans.Where(p => p.Status == PlanStatus.Active), s => s.PlanId, p => p.Id, (s, p) => s)
            .ToListAsync(cancellationToken);
        if (signals.Count == 0)
        {
            return [];
        }

        var people = (await residents.ListAsync(new ResidentQuery(Ids: [.. signals.Select(s => s.ResidentId).Distinct()]), cancellationToken))
            .ToDictionary(r => r.ResidentId);
        return [.. signals.Where(s => people.ContainsKey(s.ResidentId))
            .Select(s => new DueWork(Kind, s.Id, people[s.ResidentId].CandidateId, s.ResidentId, null, s.RaisedOn))];
    }
}
