using System.Diagnostics;
using Wmk.Benchmarks.Finance;
using Wmk.Testing;

namespace Wmk.Benchmarks;

/// <summary>
/// The <c>profile</c> verb: runs a benchmark's set-up and a few iterations in this process without BenchmarkDotNet, and
/// prints each iteration's wall-clock and process CPU time, for looking where time goes (e.g. under <c>dotnet-trace</c>).
/// Not a measurement for docs/performance.md: those come from the BenchmarkDotNet runs.
/// Usage: <c>dotnet run -c Release -- profile monthly|followup|coda-sqlite|coda-postgresql [iterations]</c>;
/// WMK_BENCH_TENANTS sets fewer tenants for the monthly run and the follow-up scan.
/// </summary>
internal static class Profiling
{
    public static int Tenants(int standard) =>
        int.TryParse(Environment.GetEnvironmentVariable("WMK_BENCH_TENANTS"), out var n) && n > 0 ? n : standard;

    public static void Run(string[] args)
    {
        var iterations = args.Length > 2 && int.TryParse(args[2], out var n) ? n : 3;
        var (setup, before, run, after, cleanup) = Of(args.ElementAtOrDefault(1));
        setup();
        for (var i = 0; i < iterations; i++)
        {
            before();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var (allocated, gen0, gen1, gen2) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var pause = GC.GetTotalPauseDuration();
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            var watch = Stopwatch.StartNew();
            run();
            Console.WriteLine($"// iteration {i + 1}: {watch.Elapsed.TotalMilliseconds:F0} ms wall, " +
                $"{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms process CPU, " +
                $"{(GC.GetTotalAllocatedBytes() - allocated) / 1_048_576} MB allocated, GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/" +
                $"{GC.CollectionCount(2) - gen2}, GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms, " +
                $"{System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods compiled");
            after();
        }

        if (Environment.GetEnvironmentVariable("WMK_PG_OPTIONS")?.Contains("pg_stat_statements", StringComparison.Ordinal) == true)
        {
            PrintStatements();
        }

        cleanup();
    }

    /// <summary>The statements that took the server's time (with WMK_PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements").</summary>
    private static void PrintStatements()
    {
        using var connection = new Npgsql.NpgsqlConnection(PostgresServer.Instance.ConnectionString("postgres"));
        connection.Open();
        using (var create = new Npgsql.NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", connection))
        {
            create.ExecuteNonQuery();
        }

        using var command = new Npgsql.NpgsqlCommand(
            "SELECT calls, round(total_exec_time::numeric, 0), round(total_plan_time::numeric, 0), rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 220) " +
            "FROM pg_stat_statements ORDER BY total_exec_time + total_plan_time DESC LIMIT 25", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Console.WriteLine($"// pg {reader.GetInt64(0),8} calls {reader.GetDecimal(1),8} ms exec {reader.GetDecimal(2),6} ms plan {reader.GetInt64(3),9} rows  {reader.GetString(4)}");
        }
    }

    private static (Action, Action, Action, Action, Action) Of(string? name)
    {
        switch (name)
        {
            case "monthly":
                var monthly = new MonthlyRunBenchmark();
                return (monthly.Setup, monthly.NextMonth, () => monthly.RunForAllTenants(), monthly.Report, monthly.Cleanup);
            case "followup":
                var followUp = new FollowUpScanBenchmark();
                return (followUp.Setup, followUp.Reset, () => followUp.RunForAllTenants(), followUp.Report, followUp.Cleanup);
            case "coda-sqlite" or "coda-postgresql":
                var coda = new CodaImportBenchmark { Engine = name == "coda-sqlite" ? DatabaseKind.Sqlite : DatabaseKind.PostgreSql };
                return (coda.Setup, coda.NextStatement, () => coda.Import(), coda.Report, coda.Cleanup);
            default:
                throw new ArgumentException("profile monthly|followup|coda-sqlite|coda-postgresql [iterations]");
        }
    }
}
