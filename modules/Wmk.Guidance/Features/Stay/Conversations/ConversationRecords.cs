using Wmk.Guidance.Domain;
using Wmk.Housing.Contracts;

namespace Wmk.Guidance.Features.Stay.Conversations;

/// <summary>
/// A held conversation. A regular one (not <paramref name="Extra"/>) takes the place of the planned one and plans the next
/// (on <paramref name="NextOn"/>, or the latest day the interval allows).
/// </summary>
internal sealed record RecordConversationInput(
    DateOnly HeldOn, string? Agenda, string? Attendees, string? Notes, bool Extra = false, DateOnly? NextOn = null,
    IReadOnlyList<GoalProgressInput>? Progress = null);

/// <summary>What the conversation said about a goal, and optionally its new status.</summary>
internal sealed record GoalProgressInput(Guid GoalId, string? Text, GoalStatus? Status = null);

internal sealed record GoalInput(string? Text);

internal sealed record GoalStatusInput(GoalStatus Status);

/// <param name="Missing">For the first interim conversation: the onboarding items that had to be done by then and were not.</param>
internal sealed record ConversationView(
    Guid Id, ConversationKind Kind, DateOnly? PlannedOn, DateOnly? HeldOn, string? Agenda, string? Attendees, string? Notes, string? RecordedBy,
    IReadOnlyList<OnboardingKind> Missing);

internal sealed record ProgressView(Guid ConversationId, DateOnly? HeldOn, string Text);

internal sealed record GoalView(Guid Id, string Text, GoalStatus Status, DateOnly SetOn, IReadOnlyList<ProgressView> Progress);

/// <param name="Planned">The conversations planned and not yet held (the next regular one first).</param>
/// <param name="KeyFlag">Housing's key flag of the resident when it was raised after the last conversation held: to discuss next.</param>
internal sealed record ConversationsView(
    IReadOnlyList<ConversationView> Planned, IReadOnlyList<ConversationView> Held, IReadOnlyList<GoalView> Goals, KeyFlagInfo? KeyFlag = null);
