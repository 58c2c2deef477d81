using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Wmk.Benchmarks.Guidance;

/// <summary>
/// One request per iteration (invocation count 1, no unrolling), 10 warm-up and <see cref="Requests"/> measured
/// iterations, outliers kept, no forced collection between iterations: the iteration times are the requests' own times, so their percentiles are the
/// latency distribution. Adds p50, p95 and p99 (nearest rank) and the maximum.
/// </summary>
internal sealed class LatencyConfig : ManualConfig
{
    public const int Requests = 200;

    public LatencyConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(10).WithIterationCount(Requests).WithInvocationCount(1).WithUnrollFactor(1)
            .WithGcForce(false) // no full collection between requests: the garbage a request makes is paid in the figures, as on a server
            .WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove).WithId("Latency"));
        AddColumn(new PercentileColumn(50), new PercentileColumn(95), new PercentileColumn(99), StatisticColumn.Max);
        WithBuildTimeout(TimeSpan.FromMinutes(10)); // the boilerplate build takes over 2 minutes on the loaded 2-core machine
        SummaryStyle = SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond);
    }

    /// <summary>A nearest-rank percentile of the measured iterations (all of them: outliers are kept).</summary>
    private sealed class PercentileColumn(int percentile) : IColumn
    {
        public string Id => "P" + percentile;

        public string ColumnName => $"p{percentile} [ms]";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => percentile;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => $"{percentile}th percentile of the requests in milliseconds (nearest rank)";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var sorted = summary[benchmarkCase]?.GetResultRuns().Select(m => m.Nanoseconds / m.Operations).Order().ToArray() ?? [];
            return sorted.Length == 0
                ? "NA"
                : (sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)] / 1e6).ToString("N1", style.CultureInfo);
        }
    }
}
