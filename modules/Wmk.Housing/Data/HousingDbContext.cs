using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wmk.Housing.Domain;
using Wmk.Kernel.Data;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Housing.Data;

internal abstract class HousingDbContext(DbContextOptions options, ICurrentTenant tenant) : WmkDbContext(options, tenant)
{
    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<OccupancyContract> Contracts => Set<OccupancyContract>();

    public DbSet<PartnerUser> PartnerUsers => Set<PartnerUser>();

    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<MeterReading> Readings => Set<MeterReading>();

    public DbSet<KeyIncident> KeyIncidents => Set<KeyIncident>();

    public DbSet<NeighbourContact> NeighbourContacts => Set<NeighbourContact>();

    protected override string Schema => "housing";

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Partner>(b =>
        {
            b.ToTable("Partners");
            b.Property(p => p.Name).HasMaxLength(200);
            b.Property(p => p.ContactName).HasMaxLength(200);
            b.Property(p => p.ContactEmail).HasMaxLength(256);
            b.Property(p => p.ContactPhone).HasMaxLength(30);
        });
        modelBuilder.Entity<Unit>(b =>
        {
            b.ToTable("Units");
            b.Property(u => u.Address).HasMaxLength(300);
            b.Property(u => u.District).HasMaxLength(100);
            b.Property(u => u.MonthlyFee).HasPrecision(12, 2);
            b.Property(u => u.Forfait).HasPrecision(12, 2);
            b.ComplexProperty(u => u.Epc);
            b.ComplexProperty(u => u.Conformity);
            b.Ignore(u => u.Places);
            b.HasOne<Partner>().WithMany().HasForeignKey(u => u.HousingCompanyId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Partner>().WithMany().HasForeignKey(u => u.TechnicalManagerId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<OccupancyContract>(b =>
        {
            b.ToTable("OccupancyContracts");
            b.Property(c => c.ResidentName).HasMaxLength(200);
            b.Property(c => c.ExtensionReason).HasMaxLength(500);
            b.Property(c => c.TerminationReason).HasMaxLength(500);
            b.Ignore(c => c.LastDay);
            b.HasIndex(c => new { c.UnitId, c.Place });
            b.HasIndex(c => c.ResidentId);
            b.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<PartnerUser>(b =>
        {
            b.ToTable("PartnerUsers");
            b.HasIndex(p => new { p.TenantId, p.PartnerId, p.AccountId }).IsUnique();
            b.HasIndex(p => p.AccountId);
            b.HasOne<Partner>().WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Cascade);
        });
        HousingFollowUpModel.Configure(modelBuilder);
    }
}

internal sealed class HousingSqliteDbContext(DbContextOptions<HousingSqliteDbContext> o, ICurrentTenant t) : HousingDbContext(o, t);

internal sealed class HousingPostgreSqlDbContext(DbContextOptions<HousingPostgreSqlDbContext> o, ICurrentTenant t) : HousingDbContext(o, t);

internal sealed class HousingSqliteFactory : IDesignTimeDbContextFactory<HousingSqliteDbContext>
{
    public HousingSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<HousingSqliteDbContext>(DatabaseProvider.Sqlite), DesignTimeFactory.NoTenant());
}

internal sealed class HousingPostgreSqlFactory : IDesignTimeDbContextFactory<HousingPostgreSqlDbContext>
{
    public HousingPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<HousingPostgreSqlDbContext>(DatabaseProvider.PostgreSql), DesignTimeFactory.NoTenant());
}
