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
using Wmk.Finance.Features.RentTables;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.Localization;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Data;
using Wmk.Tenancy.Domain;
using Wmk.Testing;

namespace Wmk.Benchmarks.Finance;

/// <summary>
/// Issue #6, performance: the finance monthly run (<c>Finance.MonthlyRunJob</c>) over 1,000 tenants × 100 running
/// contracts (100,000 contracts) on one shared PostgreSQL database, through the kernel's tenant job runner as Quartz runs
/// it; target under 10 s for the whole run. The set-up seeds each tenant's rent table (the module's seeder) and 100
/// units with a contract each (a third of them shared by two), runs November once (every contract also gets its payment
/// reference); each measured iteration is the 1st of the next month at 04:00 Brussels: 100,000 new charges with their lines.
/// </summary>
[Config(typeof(MonthlyConfig))]
public class MonthlyRunBenchmark
{
    /// <summary>1,000; the <c>profile</c> verb may set fewer through WMK_BENCH_TENANTS.</summary>
    public static readonly int Tenants = Profiling.Tenants(1_000);

    public const int ContractsPerTenant = 100;

    private WmkTestHost host = null!;
    private TenantJobExecutor executor = null!;
    private DateOnly month;
    private TenantJobRunResult? last;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void NextMonth()
    {
        month = month.AddMonths(1);
        host.Clock.SetUtcNow(new DateTimeOffset(month.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero)); // 04:00 in Brussels (winter)
    }

    [Benchmark(Description = "monthly run, 1,000 tenants × 100 contracts")]
    public int RunForAllTenants()
    {
        last = executor.RunAsync(executor.Find("Finance.MonthlyRunJob"), default).GetAwaiter().GetResult();
        return last.Failed.Count == 0 ? last.Completed.Count : throw new InvalidOperationException($"Failed for {last.Failed.Count} tenants.");
    }

    [IterationCleanup]
    public void Report() => Console.WriteLine($"// {month:yyyy-MM}: {last?.Completed.Count} tenants, {CountsAsync().GetAwaiter().GetResult()} (load {Load.Average()})");

    [GlobalCleanup]
    public void Cleanup() => host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        host = await WmkTestHost.StartAsync(DatabaseKind.PostgreSql, b =>
        {
            b.Logging.SetMinimumLevel(LogLevel.Warning);
            b.Configuration["Outbox:PollInterval"] = "00:05:00"; // the production default
        });
        await (await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Clear();
        var today = host.Clock.Today();
        month = new DateOnly(today.Year, today.Month, 1);
        var watch = Stopwatch.StartNew();
        var tenants = await TenantsAsync();
        foreach (var tenant in tenants)
        {
            await host.InTenantAsync(tenant, async sp =>
            {
                await sp.GetRequiredService<RentTableSeeder>().SeedAsync(default);
                await FillAsync(sp, today, tenants.IndexOf(tenant));
            });
        }

        await host.Analyze();
        Console.WriteLine($"// seeded {tenants.Count} tenants in {watch.Elapsed.TotalSeconds:F0} s: {await CountsAsync()} (load {Load.Average()})");
        executor = host.Services.GetRequiredService<TenantJobExecutor>();
        watch.Restart();
        var first = await executor.RunAsync(executor.Find("Finance.MonthlyRunJob"), default);
        Console.WriteLine($"// first run ({month:yyyy-MM}, with the payment references): {watch.Elapsed.TotalSeconds:F1} s for {first.Completed.Count} tenants " +
            $"({first.Failed.Count} failed): {await CountsAsync()} (load {Load.Average()})");
    }

    /// <summary>100 units with one contract each (every third unit shared by two contracts on two bedrooms), written straight to housing.</summary>
    private static async Task FillAsync(IServiceProvider sp, DateOnly today, int phase)
    {
        var housing = sp.GetRequiredService<HousingDbContext>();
        housing.ChangeTracker.AutoDetectChangesEnabled = false;
        var company = new Partner { Kind = PartnerKind.HousingCompany, Name = "Woonhaven", HousingStock = 20_000 };
        var manager = new Partner { Kind = PartnerKind.TechnicalManager, Name = "IVB" };
        housing.Partners.AddRange(company, manager);
        var contracts = 0;
        for (var i = 0; contracts < ContractsPerTenant; i++)
        {
            var shared = i % 3 == 0 && contracts + 2 <= ContractsPerTenant;
            var unit = new Unit
            {
                Address = $"Kerkstraat {i + 1}", District = $"District {i % 10}", HousingCompanyId = company.Id, TechnicalManagerId = manager.Id,
                MonthlyFee = 90m, Bedrooms = shared ? 2 : 1 + (i % 3), IsShared = shared, Forfait = 65m + (i % 100), AvailableFrom = today.AddYears(-2),
                AvailableUntil = today.AddYears(3), Category = LettingCategory.AvoidingVacancy, EndReason = AvailabilityEndReason.Renovation,
                Epc = new Certificate { IssuedOn = today.AddYears(-3), ExpiresOn = today.AddYears(7) },
                Conformity = new Certificate { IssuedOn = today.AddYears(-3), ExpiresOn = today.AddYears(5) },
            };
            housing.Units.Add(unit);
            for (var place = 1; place <= (shared ? 2 : 1); place++, contracts++)
            {
                var start = today.AddDays(-((contracts * 7 + phase) % 300));
                housing.Contracts.Add(new OccupancyContract
                {
                    UnitId = unit.Id, Place = place, ResidentId = Guid.NewGuid(), ResidentName = $"Bewoner {contracts:000}", Start = start, End = start.AddYears(2),
                });
            }
        }

        housing.ChangeTracker.DetectChanges();
        await housing.SaveChangesAsync();
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
            SELECT (SELECT count(*) FROM finance."Charges"), (SELECT coalesce(sum(jsonb_array_length("Lines")), 0)::bigint FROM finance."Charges"), (SELECT count(*) FROM finance."PaymentReferences")
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{reader.GetInt64(0)} charges, {reader.GetInt64(1)} lines, {reader.GetInt64(2)} references";
    }
}

/// <summary>Whole monthly runs: monitoring strategy, one warm-up month and <see cref="Months"/> measured months, one run each.</summary>
internal sealed class MonthlyConfig : ManualConfig
{
    public const int Months = 3;

    public MonthlyConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(Months).WithId("Monthly"));
        WithBuildTimeout(TimeSpan.FromMinutes(10));
        SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Second);
    }
}
