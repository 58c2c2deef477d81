using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wmk.Kernel.Data;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Domain;

namespace Wmk.Tenancy.Data;

internal abstract class TenancyDbContext(DbContextOptions options, ICurrentTenant tenant) : WmkDbContext(options, tenant)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    protected override string Schema => "tenancy";

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Tenant>(b =>
        {
            b.ToTable("Tenants");
            b.Property(t => t.Slug).HasMaxLength(40);
            b.HasIndex(t => t.Slug).IsUnique();
            b.Property(t => t.Name).HasMaxLength(200);
            b.Property(t => t.PrimaryColor).HasMaxLength(7);
            b.Property(t => t.LogoContentType).HasMaxLength(50);
        });
    }
}

internal sealed class TenancySqliteDbContext(DbContextOptions<TenancySqliteDbContext> o, ICurrentTenant t) : TenancyDbContext(o, t);

internal sealed class TenancyPostgreSqlDbContext(DbContextOptions<TenancyPostgreSqlDbContext> o, ICurrentTenant t) : TenancyDbContext(o, t);

internal sealed class TenancySqliteFactory : IDesignTimeDbContextFactory<TenancySqliteDbContext>
{
    public TenancySqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<TenancySqliteDbContext>(DatabaseProvider.Sqlite), DesignTimeFactory.NoTenant());
}

internal sealed class TenancyPostgreSqlFactory : IDesignTimeDbContextFactory<TenancyPostgreSqlDbContext>
{
    public TenancyPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<TenancyPostgreSqlDbContext>(DatabaseProvider.PostgreSql), DesignTimeFactory.NoTenant());
}
