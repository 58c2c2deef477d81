using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.MultiTenancy;
using Wmk.Testing;

namespace Wmk.Benchmarks.TenantFilter;

/// <summary>
/// The cost of the kernel's named tenant filter: the same query (one category of one tenant, 100 of 100,000 rows)
/// once through the filter inside a tenant, once with IgnoreQueryFilters and an explicit TenantId condition.
/// Both return the same rows. Target: the filtered query costs at most 5% more (docs/performance.md).
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class TenantFilterBenchmarks
{
    private readonly CurrentTenant currentTenant = new();
    private DbContextOptions<BenchDbContext> options = null!;
    private Guid tenantId;
    private int category;

    [Params(DatabaseKind.Sqlite, DatabaseKind.PostgreSql)]
    public DatabaseKind Engine { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (connectionString, tenants) = BenchData.CreateAsync(Engine, currentTenant).GetAwaiter().GetResult();
        options = BenchDbContext.Options(Engine, connectionString);
        tenantId = tenants[7];
        category = 13;
        var filtered = QueryWithTenantFilter().GetAwaiter().GetResult();
        var explicitly = QueryWithoutFilter().GetAwaiter().GetResult();
        if (filtered.Count != BenchData.RowsPerTenant / BenchData.Categories
            || !filtered.Select(r => r.Id).Order().SequenceEqual(explicitly.Select(r => r.Id).Order()))
        {
            throw new InvalidOperationException($"The two queries disagree: {filtered.Count} vs {explicitly.Count} rows.");
        }

        PrintSql();
    }

    [Benchmark(Baseline = true, Description = "IgnoreQueryFilters + Where(TenantId)")]
    public async Task<int> WithoutFilter() => (await QueryWithoutFilter()).Count;

    [Benchmark(Description = "tenant filter (inside the tenant)")]
    public async Task<int> WithTenantFilter() => (await QueryWithTenantFilter()).Count;

    private async Task<List<BenchRow>> QueryWithoutFilter()
    {
        await using var db = new BenchDbContext(options, currentTenant);
        return await db.Rows.IgnoreQueryFilters().Where(r => r.TenantId == tenantId && r.Category == category).ToListAsync();
    }

    private async Task<List<BenchRow>> QueryWithTenantFilter()
    {
        using (currentTenant.Change(tenantId))
        {
            await using var db = new BenchDbContext(options, currentTenant);
            return await db.Rows.Where(r => r.Category == category).ToListAsync();
        }
    }

    private void PrintSql()
    {
        using var db = new BenchDbContext(options, currentTenant);
        Console.WriteLine("// SQL without filter: " + db.Rows.IgnoreQueryFilters()
            .Where(r => r.TenantId == tenantId && r.Category == category).ToQueryString().ReplaceLineEndings(" "));
        using (currentTenant.Change(tenantId))
        {
            Console.WriteLine("// SQL with filter:    " + db.Rows.Where(r => r.Category == category).ToQueryString().ReplaceLineEndings(" "));
        }
    }
}
