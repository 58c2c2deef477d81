using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wmk.Finance.Domain;
using Wmk.Kernel.Data;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Finance.Data;

/// <summary>
/// The finance module's context (schema <c>finance</c>). Charges and rent tables are configured here; each later area
/// keeps its sets and model in its own part (<c>FinanceDbContext.Area.cs</c>) behind a partial method called from
/// <see cref="ConfigureModel"/>.
/// </summary>
internal abstract partial class FinanceDbContext(DbContextOptions options, ICurrentTenant tenant) : WmkDbContext(options, tenant)
{
    public DbSet<RentTable> RentTables => Set<RentTable>();

    public DbSet<RentLine> RentLines => Set<RentLine>();

    public DbSet<Charge> Charges => Set<Charge>();

    public DbSet<PaymentReference> PaymentReferences => Set<PaymentReference>();

    protected override string Schema => "finance";

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RentTable>(b =>
        {
            b.ToTable("RentTables");
            b.Property(t => t.Name).HasMaxLength(200);
            b.HasIndex(t => new { t.TenantId, t.HousingCompanyId, t.ValidFrom });
            b.HasMany(t => t.Lines).WithOne().HasForeignKey(l => l.RentTableId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RentLine>(b =>
        {
            b.ToTable("RentLines");
            b.Property(l => l.Name).HasMaxLength(200);
            b.Property(l => l.Sharing).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<Charge>(b =>
        {
            b.ToTable("Charges");
            b.Property(c => c.ResidentName).HasMaxLength(200);
            b.HasIndex(c => new { c.TenantId, c.ContractId, c.Month }).IsUnique();
            b.HasIndex(c => new { c.TenantId, c.Month });
            b.HasOne<RentTable>().WithMany().HasForeignKey(c => c.RentTableId).OnDelete(DeleteBehavior.Restrict);
            b.ComplexCollection(c => c.Lines, l => l.ToJson());
        });
        // Found as an entity type while Charge was discovered, and left behind when its lines became a JSON column.
        if (modelBuilder.Model.FindEntityType(typeof(ChargeLine)) is { } orphan)
        {
            modelBuilder.Model.RemoveEntityType(orphan);
        }

        modelBuilder.Entity<PaymentReference>(b =>
        {
            b.ToTable("PaymentReferences");
            b.Property(r => r.Digits).HasMaxLength(12);
            b.HasIndex(r => new { r.TenantId, r.ContractId }).IsUnique();
            b.HasIndex(r => new { r.TenantId, r.Digits }).IsUnique();
        });
        ConfigureLedger(modelBuilder);
        ConfigurePayments(modelBuilder);
        ConfigureFollowUp(modelBuilder);
        ConfigureEnergy(modelBuilder);
    }

    /// <summary>Payments, imports and extra charges (<c>FinanceDbContext.Ledger.cs</c>).</summary>
    partial void ConfigureLedger(ModelBuilder modelBuilder);

    /// <summary>Payment import settings such as saved CSV column mappings.</summary>
    partial void ConfigurePayments(ModelBuilder modelBuilder);

    /// <summary>Arrears follow-up and payment plans.</summary>
    partial void ConfigureFollowUp(ModelBuilder modelBuilder);

    /// <summary>Energy forfaits and settlements.</summary>
    partial void ConfigureEnergy(ModelBuilder modelBuilder);
}

internal sealed class FinanceSqliteDbContext(DbContextOptions<FinanceSqliteDbContext> o, ICurrentTenant t) : FinanceDbContext(o, t);

internal sealed class FinancePostgreSqlDbContext(DbContextOptions<FinancePostgreSqlDbContext> o, ICurrentTenant t) : FinanceDbContext(o, t);

internal sealed class FinanceSqliteFactory : IDesignTimeDbContextFactory<FinanceSqliteDbContext>
{
    public FinanceSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<FinanceSqliteDbContext>(DatabaseProvider.Sqlite), DesignTimeFactory.NoTenant());
}

internal sealed class FinancePostgreSqlFactory : IDesignTimeDbContextFactory<FinancePostgreSqlDbContext>
{
    public FinancePostgreSqlDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<FinancePostgreSqlDbContext>(DatabaseProvider.PostgreSql), DesignTimeFactory.NoTenant());
}
