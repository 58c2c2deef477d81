using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Wmk.Benchmarks.Documents;

/// <summary>
/// The short job of the tenant-filter benchmark, run in process: the out-of-process boilerplate build (a Release build of
/// every module) did not finish within BenchmarkDotNet's build timeout on the loaded 2-core machine, and filling a
/// document needs no isolation from the host.
/// </summary>
internal sealed class DocumentsConfig : ManualConfig
{
    public DocumentsConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(20)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)).WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortInProcess"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Max, StatisticColumn.OperationsPerSecond);
    }
}
