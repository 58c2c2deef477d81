using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Quartz;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.Localization;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Data;
using Wmk.Tenancy.Domain;
using Wmk.Testing;

namespace Wmk.Benchmarks.Guidance;

/// <summary>
/// Issue #5, performance: the guidance daily job (<c>Guidance.ContractEndJob</c>) over 1,000 tenants × 100 active
/// residents on one shared PostgreSQL database, through the kernel's tenant job runner as Quartz runs it (every active
/// tenant, one after the other); target under 10 s for the whole run. The set-up runs the job once on the seed day (the
/// first run ever: every open task is made); each measured iteration is the next day at 05:00 Brussels, a typical day:
/// the notices that fall due that day with their e-mails, the tasks entering the horizon, the contract ends synced.
/// </summary>
[Config(typeof(DailyConfig))]
public class DailyJobBenchmarks
{
    public const int Tenants = 1_000;

    private WmkTestHost host = null!;
    private TenantJobExecutor executor = null!;
    private DateOnly day;
    private TenantJobRunResult? last;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void NextDay()
    {
        day = day.AddDays(1);
        host.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero)); // 05:00 in Brussels (winter)
    }

    [Benchmark(Description = "daily job, 1,000 tenants × 100 residents")]
    public int RunForAllTenants()
    {
        last = executor.RunAsync(executor.Find("Guidance.ContractEndJob"), default).GetAwaiter().GetResult();
        return last.Failed.Count == 0 ? last.Completed.Count : throw new InvalidOperationException($"Failed for {last.Failed.Count} tenants.");
    }

    [IterationCleanup]
    public void Report() => Console.WriteLine($"// {day:yyyy-MM-dd}: {last?.Completed.Count} tenants, {CountsAsync().GetAwaiter().GetResult()} (load {Load.Average()})");

    [GlobalCleanup]
    public void Cleanup() => host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        host = await WmkTestHost.StartAsync(DatabaseKind.PostgreSql, b =>
        {
            b.Logging.SetMinimumLevel(LogLevel.Warning);
            b.Configuration["Outbox:PollInterval"] = "00:05:00"; // the production default (the drainer also wakes on each commit)
        });
        // The host's own Quartz triggers run on the host's clock: moving it to the next day would start a second run of
        // the job beside the measured one. Only the benchmark runs the job here.
        await (await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Clear();
        day = host.Clock.Today();
        var watch = Stopwatch.StartNew();
        var tenants = await TenantsAsync();
        foreach (var tenant in tenants)
        {
            await host.InTenantAsync(tenant, sp => GuidanceBenchSeed.FillAsync(sp, day, GuidanceShape.SchedulerTenant, phase: tenants.IndexOf(tenant) % 365));
        }

        await host.Analyze();
        Console.WriteLine($"// seeded {tenants.Count} tenants in {watch.Elapsed.TotalSeconds:F0} s: {await CountsAsync()} (load {Load.Average()})");
        executor = host.Services.GetRequiredService<TenantJobExecutor>();
        watch.Restart();
        var first = await executor.RunAsync(executor.Find("Guidance.ContractEndJob"), default);
        Console.WriteLine($"// first run on {day:yyyy-MM-dd}: {watch.Elapsed.TotalSeconds:F1} s for {first.Completed.Count} tenants " +
            $"({first.Failed.Count} failed): {await CountsAsync()} (load {Load.Average()})");
    }

    /// <summary>Tenants written straight to the register (no coordinator accounts: the job needs none).</summary>
    private async Task<List<TenantInfo>> TenantsAsync()
    {
        await host.InTenantAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<TenancyDbContext>();
            db.Tenants.AddRange(Enumerable.Range(1, Tenants).Select(i => new Tenant
            {
                Slug = $"org{i:0000}", Name = $"Organisatie {i:0000}", CreatedAt = host.Clock.GetUtcNow(),
            }));
            await db.SaveChangesAsync();
        });
        return [.. await host.InTenantAsync(null, sp => sp.GetRequiredService<ITenantStore>().ListActiveAsync())];
    }

    private async Task<string> CountsAsync()
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM guidance."Notices"), (SELECT count(*) FROM guidance."Tasks"),
                   (SELECT count(*) FROM guidance."Tasks" WHERE "ClosedOn" IS NULL), (SELECT count(*) FROM kernel."OutboxMessages")
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{reader.GetInt64(0)} notices, {reader.GetInt64(1)} tasks ({reader.GetInt64(2)} open), {reader.GetInt64(3)} outbox messages";
    }
}
