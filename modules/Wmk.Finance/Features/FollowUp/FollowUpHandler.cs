using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Ledger;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Finance.Features.FollowUp;

/// <summary>The follow-up overview, a case with its steps, and the manual steps: record a step, pause and resume.</summary>
internal sealed class FollowUpHandler(
    FinanceDbContext db, LedgerQuery ledger, ICurrentUser user, TimeProvider clock, IStringLocalizer<FinanceResource> texts)
{
    public async Task<FollowUpOverview> OverviewAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var open = await db.ArrearsCases.AsNoTracking().Where(c => c.OpenSlot == 1).ToListAsync(ct);
        var overdue = await OverdueAsync(today, open.Select(c => c.ResidentId), ct);
        var rows = open.Select(c => new ArrearsCaseRow(
                c.Id, c.ResidentId, c.ResidentName, c.OpenedOn, c.LastStep, c.PausedOn, c.PauseReason, overdue.GetValueOrDefault(c.ResidentId)))
            .OrderBy(r => r.LastStep).ThenBy(r => r.ResidentName, StringComparer.CurrentCulture)
            .ToList();
        var signals = await db.PaymentPlanSignals.AsNoTracking().Where(s => s.HandledOn == null)
            .Join(db.PaymentPlans.Where(p => p.Status == PlanStatus.Active), s => s.PlanId, p => p.Id,
                (s, p) => new SignalRow(p.Id, p.ResidentName, p.Purpose, s.Month, s.RaisedOn, s.Due, s.Covered))
            .ToListAsync(ct);
        return new FollowUpOverview(
            today, [.. rows.Where(r => r.PausedOn is null)], [.. rows.Where(r => r.PausedOn is not null)],
            [.. signals.OrderBy(s => s.RaisedOn).ThenBy(s => s.ResidentName, StringComparer.CurrentCulture)]);
    }

    public async Task<ArrearsCaseView> GetAsync(Guid id, CancellationToken ct)
    {
        var arrears = await db.ArrearsCases.AsNoTracking().Include(c => c.Steps).SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException(typeof(FinanceResource), "FollowUp:NotFound");
        return await ViewAsync(arrears, ct);
    }

    /// <summary>The cases (open and closed) of these residents, newest first.</summary>
    public async Task<IReadOnlyList<ArrearsCaseView>> OfResidentsAsync(IReadOnlyCollection<Guid> residentIds, CancellationToken ct)
    {
        var ids = residentIds.ToList();
        var cases = await db.ArrearsCases.AsNoTracking().Include(c => c.Steps).Where(c => ids.Contains(c.ResidentId)).ToListAsync(ct);
        var views = new List<ArrearsCaseView>();
        foreach (var c in cases.OrderByDescending(c => c.OpenedOn))
        {
            views.Add(await ViewAsync(c, ct));
        }

        return views;
    }

    public Task<ArrearsCaseView> AddStepAsync(Guid id, ArrearsStepInput input, CancellationToken ct) =>
        ChangeAsync(id, (arrears, today) =>
        {
            var on = input.On ?? today;
            FollowUpRules.CheckStep(input.Kind, input.TrackingNumber, input.Note, on, today, arrears.PausedOn is not null).ThrowIfAny(texts);
            arrears.LastStep = input.Kind;
            return Step(arrears, input.Kind, on, input.Note, Text.Clean(input.TrackingNumber));
        }, ct);

    public Task<ArrearsCaseView> PauseAsync(Guid id, PauseInput input, CancellationToken ct) =>
        ChangeAsync(id, (arrears, today) =>
        {
            var reason = Text.Clean(input.Reason);
            var errors = new List<RuleError>();
            if (reason is not { Length: <= 1000 })
            {
                errors.Add(new("FollowUp:PauseReasonRequired", 1000));
            }

            if (arrears.PausedOn is not null)
            {
                errors.Add(new("FollowUp:IsPaused"));
            }

            errors.ThrowIfAny(texts);
            arrears.PausedOn = today;
            arrears.PauseReason = reason;
            return Step(arrears, ArrearsStepKind.Paused, today, reason, null);
        }, ct);

    public Task<ArrearsCaseView> ResumeAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, (arrears, today) =>
        {
            if (arrears.PausedOn is null)
            {
                new List<RuleError> { new("FollowUp:NotPaused") }.ThrowIfAny(texts);
            }

            arrears.PausedOn = null;
            arrears.PauseReason = null;
            return Step(arrears, ArrearsStepKind.Resumed, today, null, null);
        }, ct);

    private async Task<ArrearsCaseView> ChangeAsync(Guid id, Func<ArrearsCase, DateOnly, ArrearsStep> change, CancellationToken ct)
    {
        var arrears = await db.ArrearsCases.SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException(typeof(FinanceResource), "FollowUp:NotFound");
        if (arrears.ClosedOn is not null)
        {
            throw new ConflictException(typeof(FinanceResource), "FollowUp:Closed");
        }

        db.ArrearsSteps.Add(change(arrears, clock.Today()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(typeof(FinanceResource), "FollowUp:Changed");
        }

        return await GetAsync(id, ct);
    }

    private ArrearsStep Step(ArrearsCase arrears, ArrearsStepKind kind, DateOnly on, string? note, string? tracking) => new()
    {
        CaseId = arrears.Id, ResidentId = arrears.ResidentId, Kind = kind, On = on, By = user.Id, RecordedAt = clock.GetUtcNow(),
        Note = Text.Clean(note), TrackingNumber = tracking,
    };

    private async Task<ArrearsCaseView> ViewAsync(ArrearsCase c, CancellationToken ct)
    {
        var overdue = c.ClosedOn is null ? (await OverdueAsync(clock.Today(), [c.ResidentId], ct)).GetValueOrDefault(c.ResidentId) : 0m;
        var signalled = c.ClosedOn is null && await db.PaymentPlanSignals.AnyAsync(s => s.ResidentId == c.ResidentId && s.HandledOn == null, ct);
        return new ArrearsCaseView(
            c.Id, c.ResidentId, c.ContractId, c.ResidentName, c.OpenedOn, c.ClosedOn, c.PausedOn, c.PauseReason, c.LastStep, overdue,
            c.ClosedOn is null && FollowUpRules.ShowsFund(c.LastStep, signalled),
            [.. c.Steps.OrderBy(s => s.On).ThenBy(s => s.RecordedAt).Select(ArrearsStepView.Of)], c.ConcurrencyStamp);
    }

    private async Task<Dictionary<Guid, decimal>> OverdueAsync(DateOnly today, IEnumerable<Guid> residentIds, CancellationToken ct)
    {
        var ids = residentIds.Distinct().ToList();
        return ids.Count == 0 ? [] : (await ledger.BalancesAsync(today, ids, ct)).ToDictionary(b => b.ResidentId, b => b.Overdue);
    }
}
