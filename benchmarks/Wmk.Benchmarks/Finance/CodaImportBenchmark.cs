using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Payments;
using Wmk.Finance.Features.Payments.Coda;
using Wmk.Finance.Features.Payments.Imports;
using Wmk.Kernel.Localization;
using Wmk.Testing;
using Wmk.Testing.Finance;

namespace Wmk.Benchmarks.Finance;

/// <summary>
/// Issue #6, performance: a CODA import of 10,000 movements with matching (target under 2 s). A tenant with 1,000
/// charged contracts and their payment references; each measured iteration imports a new statement (its own number,
/// so nothing is a duplicate) of 10,000 movements through <see cref="CodaImportHandler"/>: parse, de-duplicate, match
/// (6,000 by structured communication, 3,000 by amount and name, 1,000 unmatched) and store in one transaction. Each
/// iteration also prints the benchmark process's CPU time of the import (the whole import for SQLite, which runs in the
/// process; without the server's share for PostgreSQL), which does not depend on the machine's load.
/// </summary>
[Config(typeof(CodaImportConfig))]
public class CodaImportBenchmark
{
    public const int Movements = 10_000;
    public const int Contracts = 1_000;

    private WmkTestHost host = null!;
    private TestTenant tenant = null!;
    private List<(string Digits, string Name)> residents = [];
    private int statement;
    private byte[] file = [];
    private PaymentImportResult? last;
    private TimeSpan cpu;

    [Params(DatabaseKind.Sqlite, DatabaseKind.PostgreSql)]
    public DatabaseKind Engine { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void NextStatement()
    {
        statement++;
        var day = host.Clock.Today();
        var builder = new CodaFileBuilder().Statement(statement, day, 0m);
        for (var i = 0; i < Movements; i++)
        {
            var (digits, name) = residents[i % Contracts];
            _ = (i % 10) switch
            {
                < 6 => builder.Movement(327m, digits, name: name.ToUpperInvariant(), iban: "BE71096123456769"),
                < 9 => builder.Movement(327m, communication: "huur", name: name),
                _ => builder.Movement(12.34m + i, communication: "onbekend " + i, name: "Iemand " + i),
            };
        }

        file = builder.Bytes();
    }

    [Benchmark(Description = "CODA import, 10,000 movements with matching")]
    public int Import()
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        last = host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<CodaImportHandler>().ImportAsync($"bench-{statement}.cod", file, default))
            .GetAwaiter().GetResult();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - before;
        return last.Added == Movements ? last.Matched : throw new InvalidOperationException($"Only {last.Added} movements were added.");
    }

    [IterationCleanup]
    public void Report() => Console.WriteLine(
        $"// {Engine} statement {statement}: {last?.Added} added, {last?.Matched} matched, {last?.Suggested} suggested, {last?.Unmatched} unmatched, process CPU {cpu.TotalMilliseconds:F0} ms (load {Guidance.Load.Average()})");

    [GlobalCleanup]
    public void Cleanup() => host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        host = await WmkTestHost.StartAsync(Engine, b => b.Logging.SetMinimumLevel(LogLevel.Warning));
        tenant = await host.CreateTenantAsync();
        var month = new DateOnly(host.Clock.Today().Year, host.Clock.Today().Month, 1);
        residents = await host.InTenantAsync(tenant.Info, async sp =>
        {
            var db = sp.GetRequiredService<FinanceDbContext>();
            var table = await db.RentTables.Select(t => t.Id).FirstAsync();
            var list = new List<(string, string)>();
            for (var i = 0; i < Contracts; i++)
            {
                var contract = Guid.NewGuid();
                var digits = StructuredCommunication.Digits(1_000_000L + i);
                var name = $"Bewoner{i:0000} Test";
                db.Charges.Add(new Charge
                {
                    ContractId = contract, ResidentId = Guid.NewGuid(), ResidentName = name, Month = month, From = month, To = month.AddMonths(1).AddDays(-1),
                    Total = 327m, RentTableId = table, CreatedAt = host.Clock.GetUtcNow(),
                });
                db.PaymentReferences.Add(new PaymentReference { ContractId = contract, Digits = digits });
                list.Add((digits, name));
            }

            await db.SaveChangesAsync();
            return list;
        });
    }
}

/// <summary>Whole imports: monitoring strategy, one launch, one warm-up and five measured imports.</summary>
internal sealed class CodaImportConfig : ManualConfig
{
    public CodaImportConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithId("Import"));
        WithBuildTimeout(TimeSpan.FromMinutes(10));
        SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond);
    }
}
