using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Finance.Features.PaymentPlans;

/// <summary>Payment plans of residents and former residents: make one (with its schedule), list, show, end or keep.</summary>
internal sealed class PaymentPlansHandler(
    FinanceDbContext db, IResidents residents, ICurrentUser user, TimeProvider clock, IStringLocalizer<FinanceResource> texts)
{
    public async Task<PaymentPlanView> CreateAsync(PaymentPlanInput input, CancellationToken ct)
    {
        var errors = new List<RuleError>();
        var schedule = PlanRules.Schedule(input.Total, input.StartsOn, input.Instalments, input.Monthly, errors);
        var note = Text.Clean(input.Note);
        if (note?.Length > 1000)
        {
            errors.Add(new("FollowUp:NoteTooLong", 1000));
        }

        if (!Enum.IsDefined(input.Purpose))
        {
            errors.Add(new("Plan:PurposeInvalid"));
        }

        errors.ThrowIfAny(texts);
        var resident = (await residents.ListAsync(new ResidentQuery(Ids: [input.ResidentId]), ct)).SingleOrDefault()
            ?? throw new NotFoundException(typeof(FinanceResource), "Plan:ResidentNotFound");
        var plan = new PaymentPlan
        {
            ResidentId = resident.ResidentId, ResidentName = resident.FullName, Purpose = input.Purpose, Total = input.Total, StartsOn = input.StartsOn,
            Status = PlanStatus.Active, Note = note, CreatedBy = user.Id, CreatedAt = clock.GetUtcNow(),
            Instalments = [.. schedule!.Select(i => new PlanInstalment { Number = i.Number, Due = i.Due, Amount = i.Amount })],
        };
        db.PaymentPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return PaymentPlanView.Of(plan);
    }

    /// <summary>The plans, active first; of these residents only when given.</summary>
    public async Task<IReadOnlyList<PaymentPlanView>> ListAsync(IReadOnlyCollection<Guid>? residentIds, CancellationToken ct)
    {
        var plans = db.PaymentPlans.AsNoTracking().Include(p => p.Instalments).Include(p => p.Signals).AsSplitQuery();
        if (residentIds is not null)
        {
            var ids = residentIds.ToList();
            plans = plans.Where(p => ids.Contains(p.ResidentId));
        }

        return [.. (await plans.ToListAsync(ct)).OrderBy(p => p.Status).ThenBy(p => p.ResidentName, StringComparer.CurrentCulture)
            .ThenBy(p => p.StartsOn).Select(PaymentPlanView.Of)];
    }

    public async Task<PaymentPlanView> GetAsync(Guid id, CancellationToken ct) =>
        PaymentPlanView.Of(await db.PaymentPlans.AsNoTracking().Include(p => p.Instalments).Include(p => p.Signals).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(typeof(FinanceResource), "Plan:NotFound"));

    /// <summary>Ends an active plan (not kept, replaced by another, ...): its open signals are handled with the reason.</summary>
    public Task<PaymentPlanView> EndAsync(Guid id, PlanDecisionInput input, CancellationToken ct) =>
        DecideAsync(id, input, (plan, today) =>
        {
            plan.Status = PlanStatus.Ended;
            plan.EndedOn = today;
        }, ct);

    /// <summary>Keeps an active plan after a signal (e.g. the resident caught up, or a new arrangement): its open signals are handled.</summary>
    public Task<PaymentPlanView> KeepAsync(Guid id, PlanDecisionInput input, CancellationToken ct) =>
        DecideAsync(id, input, (_, _) => { }, ct);

    private async Task<PaymentPlanView> DecideAsync(Guid id, PlanDecisionInput input, Action<PaymentPlan, DateOnly> decide, CancellationToken ct)
    {
        var plan = await db.PaymentPlans.Include(p => p.Signals).SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException(typeof(FinanceResource), "Plan:NotFound");
        var reason = Text.Clean(input.Reason);
        var errors = new List<RuleError>();
        if (reason is not { Length: <= 1000 })
        {
            errors.Add(new("Plan:Reason", 1000));
        }

        if (plan.Status != PlanStatus.Active)
        {
            errors.Add(new("Plan:NotActive"));
        }

        errors.ThrowIfAny(texts);
        var today = clock.Today();
        decide(plan, today);
        foreach (var signal in plan.Signals.Where(s => s.HandledOn is null))
        {
            signal.HandledOn = today;
            signal.HandledBy = user.Id;
            signal.Decision = reason;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(typeof(FinanceResource), "Plan:Changed");
        }

        return await GetAsync(id, ct);
    }
}
