using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Host.Tests.Guidance;

namespace Wmk.Host.Tests.Isolation;

/// <summary>The tenant-owned entities of the guidance Stay area.</summary>
public static class GuidanceStayIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
        new(typeof(GuidanceDbContext), typeof(OnboardingItem), StaySeed.OnboardingItemAsync),
        new(typeof(GuidanceDbContext), typeof(Conversation), sp => StaySeed.ConversationAsync(sp)),
        new(typeof(GuidanceDbContext), typeof(Goal), sp => StaySeed.GoalAsync(sp)),
        new(typeof(GuidanceDbContext), typeof(GoalProgress), StaySeed.GoalProgressAsync),
        new(typeof(GuidanceDbContext), typeof(ResidentNote), StaySeed.NoteAsync),
    ];
}
