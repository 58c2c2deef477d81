using Wmk.Guidance.Contracts;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Conversations;
using Wmk.Guidance.Features.Stay.Notes;
using Wmk.Guidance.Features.Stay.Onboarding;

namespace Wmk.Guidance.Features.Stay.Residents;

/// <summary>An active resident in the list: the essentials only.</summary>
internal sealed record ResidentListItem(Guid Id, string Name, string? Address, DateOnly StartedOn, DateOnly ContractEnd, string Counsellor, string? CaseWorker);

/// <summary>A resident's file: the essentials, onboarding, conversations and goals, the notes the reader may see, the timeline.</summary>
internal sealed record ResidentFileView(
    Guid Id, Guid CandidateId, string Name, string? Address, DateOnly StartedOn, DateOnly ContractEnd, ResidentStatus Status, string Counsellor,
    string? CaseWorker, IReadOnlyList<OnboardingItemView> Onboarding, ConversationsView Conversations, IReadOnlyList<NoteView> Notes,
    IReadOnlyList<TimelineEntry> Timeline);
