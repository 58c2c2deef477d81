using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Host.Tests.Guidance;

namespace Wmk.Host.Tests.Isolation;

/// <summary>The tenant-owned entities of the guidance Ending area.</summary>
public static class GuidanceEndingIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
        new(typeof(GuidanceDbContext), typeof(Notice), EndingSeed.NoticeAsync),
        new(typeof(GuidanceDbContext), typeof(ResidentExit), EndingSeed.ExitAsync),
        new(typeof(GuidanceDbContext), typeof(GuidanceTask), EndingSeed.TaskAsync),
    ];
}
