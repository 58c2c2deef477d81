using Wmk.Guidance.Domain;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Stay.Onboarding;

/// <summary>The onboarding checklist of a start and what must be done by the first interim conversation.</summary>
internal static class OnboardingPlan
{
    /// <summary>The items that the first interim conversation checks (domain.md: family insurance and energy transfer).</summary>
    public static readonly IReadOnlyList<OnboardingKind> NeededForFirstConversation = [OnboardingKind.FamilyInsurance, OnboardingKind.EnergyTransfer];

    /// <summary>Every item, due <paramref name="days"/> days after the start.</summary>
    public static IReadOnlyList<(OnboardingKind Kind, DateOnly DueOn)> Items(DateOnly start, int days) =>
        [.. Enum.GetValues<OnboardingKind>().Select(k => (k, start.AddDays(days)))];

    /// <summary>The needed items not done on or before <paramref name="day"/> (the day of the first interim conversation).</summary>
    public static IReadOnlyList<OnboardingKind> MissingOn(IEnumerable<(OnboardingKind Kind, DateOnly? DoneOn)> items, DateOnly day) =>
        [.. NeededForFirstConversation.Where(k => !items.Any(i => i.Kind == k && i.DoneOn is { } done && done <= day))];

    /// <summary>An item is done today or earlier, never in the future.</summary>
    public static List<RuleError> CheckDone(DateOnly on, DateOnly today) => on > today ? [new("Stay:Onboarding:InFuture", on)] : [];
}
