using Microsoft.EntityFrameworkCore;
using Wmk.Finance.Domain;

namespace Wmk.Finance.Data;

internal abstract partial class FinanceDbContext
{
    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<PaymentImport> PaymentImports => Set<PaymentImport>();

    public DbSet<ExtraCharge> ExtraCharges => Set<ExtraCharge>();

    partial void ConfigureLedger(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Payment>(b =>
        {
            b.ToTable("Payments");
            b.Property(p => p.Source).HasConversion<string>().HasMaxLength(20);
            b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(p => p.CounterpartyName).HasMaxLength(200);
            b.Property(p => p.CounterpartyIban).HasMaxLength(34);
            b.Property(p => p.Communication).HasMaxLength(500);
            b.Property(p => p.StructuredDigits).HasMaxLength(12);
            b.Property(p => p.ExternalKey).HasMaxLength(200);
            b.Property(p => p.Note).HasMaxLength(1000);
            b.HasIndex(p => new { p.TenantId, p.ExternalKey }).IsUnique();
            b.HasIndex(p => new { p.TenantId, p.Status });
            b.HasIndex(p => new { p.TenantId, p.ResidentId });
            b.HasIndex(p => new { p.TenantId, p.BookedOn });
            b.HasOne<PaymentImport>().WithMany().HasForeignKey(p => p.ImportId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<PaymentImport>(b =>
        {
            b.ToTable("PaymentImports");
            b.Property(i => i.Source).HasConversion<string>().HasMaxLength(20);
            b.Property(i => i.FileName).HasMaxLength(255);
            b.Property(i => i.FileHash).HasMaxLength(64);
            b.HasIndex(i => new { i.TenantId, i.FileHash }).IsUnique();
        });
        modelBuilder.Entity<ExtraCharge>(b =>
        {
            b.ToTable("ExtraCharges");
            b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
            b.Property(c => c.ResidentName).HasMaxLength(200);
            b.Property(c => c.Description).HasMaxLength(500);
            b.HasIndex(c => new { c.TenantId, c.ResidentId });
            b.HasIndex(c => new { c.TenantId, c.On });
        });
    }
}
