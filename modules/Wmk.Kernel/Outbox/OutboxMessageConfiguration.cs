using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wmk.Kernel.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public const int ErrorLength = 2000;

    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(x => x.Type).HasMaxLength(200);
        builder.Property(x => x.LastError).HasMaxLength(ErrorLength);
        builder.HasIndex(x => new { x.ProcessedAt, x.NextAttemptAt });
    }
}
