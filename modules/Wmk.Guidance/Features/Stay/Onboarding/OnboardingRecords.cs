using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Stay.Onboarding;

/// <summary>Marks an item done (on a day, today by default) or not done.</summary>
internal sealed record MarkOnboardingInput(bool Done, DateOnly? On = null);

internal sealed record OnboardingItemView(Guid Id, OnboardingKind Kind, DateOnly DueOn, DateOnly? DoneOn, string? DoneBy, bool Overdue)
{
    public static OnboardingItemView Of(OnboardingItem i, DateOnly today, IReadOnlyDictionary<Guid, string> names) => new(
        i.Id, i.Kind, i.DueOn, i.DoneOn, i.DoneByAccountId is { } by ? names.GetValueOrDefault(by) : null, i.DoneOn is null && i.DueOn < today);
}
