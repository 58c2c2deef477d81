using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Intake.Conversations;

/// <summary>An answer to one active item of the conversation's checklist; red and orange need a remark.</summary>
internal sealed record AnswerInput(Guid ItemId, AnswerColour Colour, string? Remark);

/// <summary>
/// A get-to-know or intake conversation: two different staff members (accounts), the answers, the outcome and next step;
/// <paramref name="OverrideReason"/> accepts despite a red (only with the override permission).
/// </summary>
internal sealed record IntakeInput(
    IntakeKind Kind, DateOnly HeldOn, Guid? FirstStaffAccountId, Guid? SecondStaffAccountId, string? Notes,
    IReadOnlyList<AnswerInput>? Answers, IntakeOutcome Outcome, string? NextStep, string? Reason, string? OverrideReason);

internal sealed record AnswerView(string Item, AnswerColour Colour, string? Remark);

internal sealed record OverrideView(string By, DateTime At, string Reason);

/// <summary>
/// A conversation as the reader may see it: staff with the intake permission see everything; a partner counsellor
/// sees the kind, date, outcome, next step and reason only (<see cref="Staff"/>, <see cref="Notes"/>,
/// <see cref="Answers"/> and <see cref="Override"/> are null).
/// </summary>
internal sealed record ConversationView(
    Guid Id, IntakeKind Kind, DateOnly HeldOn, IntakeOutcome Outcome, string NextStep, string? Reason,
    IReadOnlyList<string>? Staff, string? Notes, IReadOnlyList<AnswerView>? Answers, OverrideView? Override);

/// <param name="Full">True when the reader sees the staff's notes, answers and overrides.</param>
internal sealed record IntakeView(Guid CandidateId, string CandidateName, CandidateStatus Status, DateOnly ReferredOn, bool Full,
    IReadOnlyList<ConversationView> Conversations);

/// <summary>What the rules need to know besides the input.</summary>
/// <param name="Items">The active items of the conversation's checklist.</param>
/// <param name="ActiveStaff">The given staff accounts that are active staff members of the tenant.</param>
/// <param name="EarlierReds">Red items still standing from the latest conversation of the other checklist.</param>
internal sealed record IntakeContext(
    DateOnly Today, DateOnly ReferredOn, IReadOnlyList<(Guid Id, string Text)> Items, IReadOnlyCollection<Guid> ActiveStaff,
    IReadOnlyList<string> EarlierReds, bool MayOverride);
