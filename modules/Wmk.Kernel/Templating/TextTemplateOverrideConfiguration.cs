using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wmk.Kernel.Templating;

internal sealed class TextTemplateOverrideConfiguration : IEntityTypeConfiguration<TextTemplateOverride>
{
    internal const string NullsDistinctAnnotation = "Npgsql:NullsDistinct";

    public void Configure(EntityTypeBuilder<TextTemplateOverride> builder)
    {
        builder.ToTable("TextTemplateOverrides");
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Culture).HasMaxLength(20);

        // One neutral (null-culture) override per name too: PostgreSQL treats the nulls as equal here. This is the
        // annotation Npgsql's AreNullsDistinct(false) sets (a test holds the two together), written out so that a SQLite
        // host never loads the PostgreSQL provider for it.
        builder.HasIndex(x => new { x.TenantId, x.Name, x.Culture }).IsUnique().HasAnnotation(NullsDistinctAnnotation, false);
    }
}
