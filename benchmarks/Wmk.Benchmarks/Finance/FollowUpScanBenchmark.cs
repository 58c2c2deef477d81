using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Quartz;
using Wmk.Benchmarks.Guidance;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Data;
using Wmk.Tenancy.Domain;
using Wmk.Testing;

namespace Wmk.Benchmarks.Finance;

/// <summary>
/// Issue #6, performance: the finance follow-up scan (<c>Finance.FollowUpJob</c>) on the 15th over 1,000 tenants × 40
/// residents on one shared PostgreSQL database, through the kernel's tenant job runner as Quartz runs it; target under 5 s
/// for the whole run. Each resident has four months of charges and matched payments; every 10th has not paid the current
/// month, so on the 15th each tenant sends 4 messages (to resident and counsellor, through the outbox) and opens 4 cases.
/// Every iteration is the same 15th at 06:30 Brussels: the set-up of each iteration removes the cases, steps and outbox
/// messages of the previous one, so each measured run does the whole day's work (not the "already done" second run).
/// </summary>
[Config(typeof(FollowUpConfig))]
public class FollowUpScanBenchmark
{
    /// <summary>1,000; the <c>profile</c> verb may set fewer through WMK_BENCH_TENANTS.</summary>
    public static readonly int Tenants = Profiling.Tenants(1_000);

    public const int Residents = 40;

    public const int Months = 4;

    private static readonly DateOnly Month = new(2027, 3, 1);

    private WmkTestHost host = null!;
    private TenantJobExecutor executor = null!;
    private TenantJobRunResult? last;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void Reset() => ExecuteAsync("""DELETE FROM finance."ArrearsSteps"; DELETE FROM finance."ArrearsCases"; DELETE FROM kernel."OutboxMessages";""")
        .GetAwaiter().GetResult();

    [Benchmark(Description = "follow-up scan on the 15th, 1,000 tenants × 40 residents")]
    public int RunForAllTenants()
    {
        last = executor.RunAsync(executor.Find("Finance.FollowUpJob"), default).GetAwaiter().GetResult();
        return last.Failed.Count == 0 ? last.Completed.Count : throw new InvalidOperationException($"Failed for {last.Failed.Count} tenants.");
    }

    [IterationCleanup]
    public void Report() => Console.WriteLine($"// {last?.Completed.Count} tenants, {CountsAsync().GetAwaiter().GetResult()} (load {Load.Average()})");

    [GlobalCleanup]
    public void Cleanup() => host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        host = await WmkTestHost.StartAsync(DatabaseKind.PostgreSql, b =>
        {
            b.Logging.SetMinimumLevel(LogLevel.Warning);
            b.Configuration["Outbox:PollInterval"] = "00:05:00"; // the production default (the drainer also wakes on each commit)
        });
        // The host's own Quartz triggers run on the host's clock: only the benchmark runs the job here.
        await (await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Clear();
        var watch = Stopwatch.StartNew();
        var tenants = await TenantsAsync();
        foreach (var tenant in tenants)
        {
            await host.InTenantAsync(tenant, FillAsync);
        }

        await host.Analyze();
        host.Clock.SetUtcNow(new DateTimeOffset(Month.AddDays(14).ToDateTime(new TimeOnly(5, 30)), TimeSpan.Zero)); // 06:30 in Brussels (winter)
        Console.WriteLine($"// seeded {tenants.Count} tenants in {watch.Elapsed.TotalSeconds:F0} s (load {Load.Average()})");
        executor = host.Services.GetRequiredService<TenantJobExecutor>();
    }

    /// <summary>One tenant: a rent table, residents (candidate with e-mail and counsellor e-mail), their charges and payments.</summary>
    private static async Task FillAsync(IServiceProvider sp)
    {
        var guidance = sp.GetRequiredService<GuidanceDbContext>();
        var finance = sp.GetRequiredService<FinanceDbContext>();
        guidance.ChangeTracker.AutoDetectChangesEnabled = false;
        finance.ChangeTracker.AutoDetectChangesEnabled = false;
        var table = new RentTable { Name = "Bezettingskost", ValidFrom = new DateOnly(2025, 1, 1) };
        finance.RentTables.Add(table);
        for (var i = 0; i < Residents; i++)
        {
            var start = Month.AddMonths(-Months + 1);
            var candidate = new Candidate
            {
                FirstName = "Bewoner", LastName = $"N{i:00}", BirthDate = new DateOnly(2005, 1, 1), Gender = Gender.X, Email = $"b{i}@bewoner.test",
                CounsellorName = "Consulent", CounsellorEmail = $"c{i % 8}@kiosk.test", Preference = HousingPreference.Solo,
                GuidanceStartedOn = start.AddMonths(-4), ReferredOn = start.AddMonths(-2), ExpectedStartOn = start, Status = CandidateStatus.Started,
            };
            var resident = new Resident
            {
                CandidateId = candidate.Id, ContractId = Guid.NewGuid(), UnitId = Guid.NewGuid(), StartedOn = start, ContractEnd = start.AddYears(1).AddDays(-1),
            };
            guidance.Candidates.Add(candidate);
            guidance.Residents.Add(resident);
            for (var m = 0; m < Months; m++)
            {
                var month = start.AddMonths(m);
                finance.Charges.Add(new Charge
                {
                    ContractId = resident.ContractId, ResidentId = resident.Id, ResidentName = "Bewoner " + candidate.LastName, Month = month, From = month,
                    To = month.AddMonths(1).AddDays(-1), Total = 327m, RentTableId = table.Id,
                });
                if (month < Month || i % 10 != 0)
                {
                    finance.Payments.Add(new Payment
                    {
                        BookedOn = month.AddDays(5), Amount = 327m, Source = PaymentSource.Coda, Status = PaymentStatus.Matched, ContractId = resident.ContractId,
                        ResidentId = resident.Id, ExternalKey = $"{resident.Id:N}:{m}",
                    });
                }
            }
        }

        guidance.ChangeTracker.DetectChanges();
        finance.ChangeTracker.DetectChanges();
        await guidance.SaveChangesAsync();
        await finance.SaveChangesAsync();
    }

    /// <summary>Tenants written straight to the register (no coordinator accounts: the job needs none).</summary>
    private async Task<List<TenantInfo>> TenantsAsync()
    {
        await host.InTenantAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<TenancyDbContext>();
            db.Tenants.AddRange(Enumerable.Range(1, Tenants).Select(i => new Tenant
            {
                Slug = $"fin{i:0000}", Name = $"Organisatie {i:0000}", CreatedAt = host.Clock.GetUtcNow(),
            }));
            await db.SaveChangesAsync();
        });
        return [.. await host.InTenantAsync(null, sp => sp.GetRequiredService<ITenantStore>().ListActiveAsync())];
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<string> CountsAsync()
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM finance."ArrearsCases"), (SELECT count(*) FROM finance."ArrearsSteps"),
                   (SELECT count(*) FROM kernel."OutboxMessages"), (SELECT count(*) FROM finance."Charges")
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{reader.GetInt64(0)} cases, {reader.GetInt64(1)} steps, {reader.GetInt64(2)} outbox messages, {reader.GetInt64(3)} charges";
    }
}

/// <summary>
/// Four warm-up days before the six measured ones: measured 2026-11-27, the first runs of a fresh process fall from 11.2 s
/// to 4.5 s over six days while the JIT tiers the code up (tiered PGO); the measured days show the job in a host that has
/// been running, as the daily job does.
/// </summary>
internal sealed class FollowUpConfig : ManualConfig
{
    public FollowUpConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(4).WithIterationCount(6).WithId("FollowUp"));
        WithBuildTimeout(TimeSpan.FromMinutes(10));
        SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Second);
    }
}
