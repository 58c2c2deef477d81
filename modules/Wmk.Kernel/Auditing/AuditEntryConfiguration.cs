using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wmk.Kernel.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const int EntityTypeLength = 100;
    public const int EntityIdLength = 100;
    public const int DetailsLength = 500;

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(x => x.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.EntityType).HasMaxLength(EntityTypeLength);
        builder.Property(x => x.EntityId).HasMaxLength(EntityIdLength);
        builder.Property(x => x.Details).HasMaxLength(DetailsLength);
        builder.HasIndex(x => new { x.TenantId, x.EntityType, x.EntityId });
        builder.HasIndex(x => new { x.TenantId, x.At });
    }
}
