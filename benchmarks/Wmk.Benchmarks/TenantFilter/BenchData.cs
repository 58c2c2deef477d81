using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.MultiTenancy;
using Wmk.Testing;

namespace Wmk.Benchmarks.TenantFilter;

/// <summary>Creates and fills the benchmark database: <see cref="Tenants"/> tenants × <see cref="RowsPerTenant"/> rows.</summary>
internal static class BenchData
{
    public const int Tenants = 20;
    public const int RowsPerTenant = 5_000;
    public const int Categories = 50;

    public static async Task<(string ConnectionString, Guid[] TenantIds)> CreateAsync(DatabaseKind engine, ICurrentTenant host)
    {
        var connectionString = engine == DatabaseKind.Sqlite
            ? $"Data Source={Path.Combine(TestDatabase.TempFolder(), "bench.db")}"
            : PostgresServer.Instance.CreateDatabase("wmk_bench");
        var options = BenchDbContext.Options(engine, connectionString);
        var tenantIds = Enumerable.Range(0, Tenants).Select(_ => Guid.NewGuid()).ToArray();
        await using (var db = new BenchDbContext(options, host))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var random = new Random(42);
        foreach (var tenantId in tenantIds)
        {
            await using var db = new BenchDbContext(options, host);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < RowsPerTenant; i++)
            {
                db.Rows.Add(new BenchRow
                {
                    Id = Guid.NewGuid(),
                    TenantId = tenantId,
                    Category = i % Categories,
                    Name = $"Row {i} of {tenantId:N}",
                    Amount = random.Next(0, 100_000) / 100m,
                    Date = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 365)),
                });
            }

            await db.SaveChangesAsync();
        }

        if (engine == DatabaseKind.PostgreSql)
        {
            await using var db = new BenchDbContext(options, host);
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        return (connectionString, tenantIds);
    }
}
