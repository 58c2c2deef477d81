using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wmk.Documents.Domain;
using Wmk.Kernel.Data;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Documents.Data;

/// <summary>The documents module's context (schema <c>documents</c>).</summary>
internal abstract class DocumentsDbContext(DbContextOptions options, ICurrentTenant tenant) : WmkDbContext(options, tenant)
{
    public DbSet<DocumentTemplate> Templates => Set<DocumentTemplate>();

    public DbSet<TemplateVersion> TemplateVersions => Set<TemplateVersion>();

    public DbSet<GeneratedDocument> GeneratedDocuments => Set<GeneratedDocument>();

    protected override string Schema => "documents";

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DocumentTemplate>(b =>
        {
            b.ToTable("Templates");
            b.Property(t => t.Kind).HasMaxLength(60);
            b.Property(t => t.Name).HasMaxLength(200);
            b.Property(t => t.Model).HasMaxLength(40);
            b.Property(t => t.Format).HasConversion<string>().HasMaxLength(10);
            b.HasIndex(t => new { t.TenantId, t.Kind });
            b.HasMany<TemplateVersion>().WithOne().HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TemplateVersion>(b =>
        {
            b.ToTable("TemplateVersions");
            b.Property(v => v.FileName).HasMaxLength(200);
            b.Property(v => v.CreatedByName).HasMaxLength(200);
            b.HasIndex(v => new { v.TenantId, v.TemplateId, v.Number }).IsUnique();
        });
        modelBuilder.Entity<GeneratedDocument>(b =>
        {
            b.ToTable("GeneratedDocuments");
            b.Property(d => d.Kind).HasMaxLength(60);
            b.Property(d => d.Name).HasMaxLength(200);
            b.Property(d => d.Model).HasMaxLength(40);
            b.Property(d => d.SubjectTitle).HasMaxLength(200);
            b.Property(d => d.Format).HasConversion<string>().HasMaxLength(10);
            b.Property(d => d.FileName).HasMaxLength(200);
            b.Property(d => d.CreatedByName).HasMaxLength(200);
            b.Property(d => d.TrackingNumber).HasMaxLength(40);
            b.HasIndex(d => new { d.TenantId, d.Model, d.SubjectId });
            b.HasIndex(d => new { d.TenantId, d.ResidentId });
            b.HasOne<TemplateVersion>().WithMany().HasForeignKey(d => d.TemplateVersionId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class DocumentsSqliteDbContext(DbContextOptions<DocumentsSqliteDbContext> o, ICurrentTenant t) : DocumentsDbContext(o, t);

internal sealed class DocumentsPostgreSqlDbContext(DbContextOptions<DocumentsPostgreSqlDbContext> o, ICurrentTenant t) : DocumentsDbContext(o, t);

internal sealed class DocumentsSqliteFactory : IDesignTimeDbContextFactory<DocumentsSqliteDbContext>
{
    public DocumentsSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<DocumentsSqliteDbContext>(DatabaseProvider.Sqlite), DesignTimeFactory.NoTenant());
}

internal sealed class DocumentsPostgreSqlFactory : IDesignTimeDbContextFactory<DocumentsPostgreSqlDbContext>
{
    public DocumentsPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<DocumentsPostgreSqlDbContext>(DatabaseProvider.PostgreSql), DesignTimeFactory.NoTenant());
}
