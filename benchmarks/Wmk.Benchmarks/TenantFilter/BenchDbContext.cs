using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.Data;
using Wmk.Kernel.MultiTenancy;
using Wmk.Testing;

namespace Wmk.Benchmarks.TenantFilter;

/// <summary>A benchmark-only module context: one tenant-owned entity, the kernel's <see cref="WmkDbContext"/> model rules.</summary>
internal sealed class BenchDbContext(DbContextOptions<BenchDbContext> options, ICurrentTenant currentTenant)
    : WmkDbContext(options, currentTenant)
{
    public DbSet<BenchRow> Rows => Set<BenchRow>();

    protected override string Schema => "bench";

    public static DbContextOptions<BenchDbContext> Options(DatabaseKind engine, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<BenchDbContext>();
        DbContextConfigurer.UseEngine(
            builder, engine == DatabaseKind.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql, connectionString, nameof(BenchDbContext));
        return builder.Options;
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BenchRow>(e =>
        {
            e.Property(r => r.Name).HasMaxLength(100);
            e.Property(r => r.Amount).HasPrecision(12, 2);
        });
    }
}
