using Wmk.Finance.Domain;
using Wmk.Finance.Features.FollowUp;
using Wmk.Finance.Features.Ledger;
using Wmk.Finance.Features.PaymentPlans;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;

namespace Wmk.Finance.Features.MyClients;

/// <summary>A client's account and follow-up state as the counsellor sees it (no staff notes).</summary>
internal sealed record ClientRow(
    Guid ResidentId, string Name, DateOnly? LeftOn, decimal Balance, decimal Overdue, DateOnly? OldestOverdue, ArrearsStepKind? Step,
    DateOnly? StepOn, bool Paused, int ActivePlans, bool PlanSignalled);

/// <summary>One client: the row, the follow-up steps (kind and day) and the plans with their instalments.</summary>
internal sealed record ClientView(ClientRow Client, IReadOnlyList<ClientStep> Steps, bool ShowsFund, IReadOnlyList<PaymentPlanView> Plans);

internal sealed record ClientStep(ArrearsStepKind Kind, DateOnly On);

/// <summary>
/// The counsellor's view (issue #6): the balance and follow-up state of the residents the current user may see through
/// <see cref="IResidents"/> (a partner counsellor: only their own clients; staff: all). Another counsellor's client is a 404.
/// </summary>
internal sealed class MyClientsHandler(
    IResidents residents, LedgerQuery ledger, FollowUpHandler followUp, PaymentPlansHandler plans, IAuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClientRow>> ListAsync(CancellationToken ct)
    {
        var people = await residents.ListAsync(new ResidentQuery(), ct);
        return people.Count == 0 ? [] : await RowsAsync(people, ct);
    }

    public async Task<ClientView> GetAsync(Guid residentId, CancellationToken ct)
    {
        var person = (await residents.ListAsync(new ResidentQuery(Ids: [residentId]), ct)).SingleOrDefault()
            ?? throw new NotFoundException(typeof(FinanceResource), "MyClients:NotFound");
        await audit.RecordAsync(AuditAction.Read, "FinanceClient", residentId, cancellationToken: ct);
        var row = (await RowsAsync([person], ct)).Single();
        var cases = await followUp.OfResidentsAsync([residentId], ct);
        var open = cases.FirstOrDefault(c => c.ClosedOn is null);
        return new ClientView(
            row, [.. cases.SelectMany(c => c.Steps).OrderBy(s => s.On).Select(s => new ClientStep(s.Kind, s.On))], open?.ShowsFund ?? false,
            [.. (await plans.ListAsync([residentId], ct)).Select(p => p with { Note = null, Signals = [.. p.Signals.Select(s => s with { Decision = null })] })]);
    }

    private async Task<List<ClientRow>> RowsAsync(IReadOnlyList<ResidentInfo> people, CancellationToken ct)
    {
        var ids = people.Select(p => p.ResidentId).ToList();
        var balances = (await ledger.BalancesAsync(clock.Today(), ids, ct)).ToDictionary(b => b.ResidentId);
        var cases = (await followUp.OfResidentsAsync(ids, ct)).Where(c => c.ClosedOn is null).ToDictionary(c => c.ResidentId);
        var planList = (await plans.ListAsync(ids, ct)).Where(p => p.Status == PlanStatus.Active).ToLookup(p => p.ResidentId);
        return
        [
            .. people.Select(p =>
            {
                var b = balances.GetValueOrDefault(p.ResidentId);
                var c = cases.GetValueOrDefault(p.ResidentId);
                return new ClientRow(
                    p.ResidentId, p.FullName, p.LeftOn, b?.Balance ?? 0m, b?.Overdue ?? 0m, b?.OldestOverdue, c?.LastStep,
                    c?.Steps.LastOrDefault(s => s.Kind == c.LastStep)?.On, c?.PausedOn is not null, planList[p.ResidentId].Count(),
                    planList[p.ResidentId].Any(x => x.Signalled));
            }),
        ];
    }
}
