using Microsoft.EntityFrameworkCore;
using Wmk.Finance.Domain;

namespace Wmk.Finance.Data;

internal abstract partial class FinanceDbContext
{
    public DbSet<EnergyForfait> EnergyForfaits => Set<EnergyForfait>();

    public DbSet<EnergyReview> EnergyReviews => Set<EnergyReview>();

    public DbSet<EnergyCheck> EnergyChecks => Set<EnergyCheck>();

    partial void ConfigureEnergy(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EnergyForfait>(b =>
        {
            b.ToTable("EnergyForfaits");
            b.HasIndex(f => new { f.TenantId, f.UnitId, f.ValidFrom }).IsUnique();
        });
        modelBuilder.Entity<EnergyReview>(b =>
        {
            b.ToTable("EnergyReviews");
            b.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(r => new { r.TenantId, r.UnitId, r.Month }).IsUnique();
        });
        modelBuilder.Entity<EnergyCheck>(b =>
        {
            b.ToTable("EnergyChecks");
            b.HasIndex(c => new { c.TenantId, c.ContractId, c.Number }).IsUnique();
        });
    }
}
