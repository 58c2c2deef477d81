using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Wmk.Benchmarks.Guidance;

/// <summary>Whole runs of a long job: monitoring strategy, one warm-up day and <see cref="Days"/> measured days, one run each.</summary>
internal sealed class DailyConfig : ManualConfig
{
    public const int Days = 6;

    public DailyConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(Days).WithId("Daily"));
        WithBuildTimeout(TimeSpan.FromMinutes(10));
        SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Second);
    }
}
