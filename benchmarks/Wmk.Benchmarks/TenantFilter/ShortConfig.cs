using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Wmk.Benchmarks.TenantFilter;

/// <summary>A short job (a few minutes on 2 cores): one launch, 3 warm-up and 20 measured iterations of 250 ms.</summary>
internal sealed class ShortConfig : ManualConfig
{
    public ShortConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(20).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)).WithId("Short"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Max);
        SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithRatioStyle(RatioStyle.Percentage);
    }
}
