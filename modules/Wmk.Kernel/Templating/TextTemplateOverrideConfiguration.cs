using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wmk.Kernel.Templating;

internal sealed class TextTemplateOverrideConfiguration : IEntityTypeConfiguration<TextTemplateOverride>
{
    public void Configure(EntityTypeBuilder<TextTemplateOverride> builder)
    {
        builder.ToTable("TextTemplateOverrides");
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Culture).HasMaxLength(20);

        // One neutral (null-culture) override per name too: PostgreSQL treats the nulls as equal here.
        builder.HasIndex(x => new { x.TenantId, x.Name, x.Culture }).IsUnique().AreNullsDistinct(false);
    }
}
