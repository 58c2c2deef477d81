using Wmk.Finance.Domain;

namespace Wmk.Finance.Features.PaymentPlans;

/// <summary>A new plan: whose, for what, the total, the start (first instalment) and either a number of instalments or a monthly amount.</summary>
internal sealed record PaymentPlanInput(Guid ResidentId, PlanPurpose Purpose, decimal Total, DateOnly StartsOn, int? Instalments, decimal? Monthly, string? Note);

/// <summary>Ending a plan (reason required) or keeping it after a signal (a note).</summary>
internal sealed record PlanDecisionInput(string? Reason);

internal sealed record InstalmentView(int Number, DateOnly Due, decimal Amount);

internal sealed record SignalView(Guid Id, DateOnly Month, DateOnly RaisedOn, decimal Due, decimal Covered, DateOnly? HandledOn, string? Decision);

internal sealed record PaymentPlanView(
    Guid Id, Guid ResidentId, string ResidentName, PlanPurpose Purpose, decimal Total, DateOnly StartsOn, PlanStatus Status, DateOnly? EndedOn,
    string? Note, IReadOnlyList<InstalmentView> Instalments, IReadOnlyList<SignalView> Signals, Guid ConcurrencyStamp)
{
    public bool Signalled => Signals.Any(s => s.HandledOn is null);

    public static PaymentPlanView Of(PaymentPlan p) => new(
        p.Id, p.ResidentId, p.ResidentName, p.Purpose, p.Total, p.StartsOn, p.Status, p.EndedOn, p.Note,
        [.. p.Instalments.OrderBy(i => i.Number).Select(i => new InstalmentView(i.Number, i.Due, i.Amount))],
        [.. p.Signals.OrderBy(s => s.Month).Select(s => new SignalView(s.Id, s.Month, s.RaisedOn, s.Due, s.Covered, s.HandledOn, s.Decision))],
        p.ConcurrencyStamp);
}

/// <summary>What a monthly check did: plans checked, signals raised, plans completed.</summary>
internal sealed record PlanCheckResult(DateOnly Day, int Checked, int Signals, int Completed);
