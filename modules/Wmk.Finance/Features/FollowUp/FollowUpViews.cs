using Wmk.Finance.Domain;

namespace Wmk.Finance.Features.FollowUp;

/// <summary>A recorded step (by: the account that recorded it, null for the daily job).</summary>
internal sealed record ArrearsStepView(
    Guid Id, ArrearsStepKind Kind, DateOnly On, Guid? By, string? Note, string? TrackingNumber, string? EmailedTo)
{
    public static ArrearsStepView Of(ArrearsStep s) => new(s.Id, s.Kind, s.On, s.By, s.Note, s.TrackingNumber, s.EmailedTo);
}

/// <summary>A follow-up case with its steps (oldest first), today's overdue amount and whether to show the fund information.</summary>
internal sealed record ArrearsCaseView(
    Guid Id, Guid ResidentId, Guid ContractId, string ResidentName, DateOnly OpenedOn, DateOnly? ClosedOn, DateOnly? PausedOn,
    string? PauseReason, ArrearsStepKind? LastStep, decimal Overdue, bool ShowsFund, IReadOnlyList<ArrearsStepView> Steps, Guid ConcurrencyStamp);

/// <summary>A case in the overview (no steps).</summary>
internal sealed record ArrearsCaseRow(
    Guid Id, Guid ResidentId, string ResidentName, DateOnly OpenedOn, ArrearsStepKind? LastStep, DateOnly? PausedOn, string? PauseReason, decimal Overdue);

/// <summary>The follow-up page: open cases by their last step, the paused ones, and the plans with an unhandled signal.</summary>
internal sealed record FollowUpOverview(
    DateOnly Today, IReadOnlyList<ArrearsCaseRow> Open, IReadOnlyList<ArrearsCaseRow> Paused, IReadOnlyList<SignalRow> Signals);

/// <summary>An unhandled missed-instalment signal of a plan.</summary>
internal sealed record SignalRow(Guid PlanId, string ResidentName, PlanPurpose Purpose, DateOnly Month, DateOnly RaisedOn, decimal Due, decimal Covered);

/// <summary>A manual step: kind, day (today when null), an optional note, the tracking number of a registered letter.</summary>
internal sealed record ArrearsStepInput(ArrearsStepKind Kind, DateOnly? On, string? Note, string? TrackingNumber);

/// <summary>Why a case is paused.</summary>
internal sealed record PauseInput(string? Reason);
