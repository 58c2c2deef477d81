using Microsoft.EntityFrameworkCore;
using Wmk.Finance.Domain;

namespace Wmk.Finance.Data;

internal abstract partial class FinanceDbContext
{
    public DbSet<CsvMapping> CsvMappings => Set<CsvMapping>();

    partial void ConfigurePayments(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<CsvMapping>(b =>
        {
            b.ToTable("CsvMappings");
            b.Property(m => m.Delimiter).HasMaxLength(1);
            b.Property(m => m.DateFormat).HasMaxLength(20);
            b.HasIndex(m => m.TenantId).IsUnique();
        });
}
