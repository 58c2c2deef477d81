using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Host.Tests.Guidance;

namespace Wmk.Host.Tests.Isolation;

/// <summary>The tenant-owned entities of the guidance Intake area.</summary>
public static class GuidanceIntakeIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
        new(typeof(GuidanceDbContext), typeof(ChecklistItem), sp => IntakeSeed.ChecklistItemAsync(sp)),
        new(typeof(GuidanceDbContext), typeof(IntakeConversation), sp => IntakeSeed.ConversationAsync(sp)),
        new(typeof(GuidanceDbContext), typeof(ChecklistAnswer), sp => IntakeSeed.ConversationAsync(sp)),
        new(typeof(GuidanceDbContext), typeof(SharedHousingMatch), sp => IntakeSeed.MatchAsync(sp)),
    ];
}
