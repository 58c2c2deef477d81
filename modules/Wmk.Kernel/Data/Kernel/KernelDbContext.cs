using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Settings;
using Wmk.Kernel.Templating;

namespace Wmk.Kernel.Data.Kernel;

/// <summary>The kernel's own tables: setting and feature values, permission grants, outbox, audit, templates, keys.</summary>
public abstract class KernelDbContext(DbContextOptions options, ICurrentTenant currentTenant)
    : WmkDbContext(options, currentTenant)
{
    public DbSet<TenantValue> TenantValues => Set<TenantValue>();

    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();

    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();

    internal DbSet<Outbox.OutboxMessage> OutboxMessages => Set<Outbox.OutboxMessage>();

    public DbSet<Auditing.AuditEntry> AuditEntries => Set<Auditing.AuditEntry>();
    public DbSet<TextTemplateOverride> TextTemplateOverrides => Set<TextTemplateOverride>();

    protected override string Schema => "kernel";

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TenantValue>(b =>
        {
            b.ToTable("TenantValues");
            b.Property(x => x.Name).HasMaxLength(200);
            b.HasIndex(x => new { x.TenantId, x.Kind, x.Name, x.UserId }).IsUnique();
        });
        modelBuilder.Entity<PermissionGrant>(b =>
        {
            b.ToTable("PermissionGrants");
            b.Property(x => x.RoleName).HasMaxLength(100);
            b.Property(x => x.PermissionName).HasMaxLength(200);
            b.HasIndex(x => new { x.TenantId, x.RoleName, x.PermissionName }).IsUnique();
        });
        modelBuilder.Entity<DataProtectionKeyRow>(b => b.ToTable("DataProtectionKeys"));
        modelBuilder.ApplyConfiguration(new Outbox.OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new Auditing.AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new TextTemplateOverrideConfiguration());
    }
}

internal sealed class KernelSqliteDbContext(DbContextOptions<KernelSqliteDbContext> options, ICurrentTenant tenant)
    : KernelDbContext(options, tenant);

internal sealed class KernelPostgreSqlDbContext(DbContextOptions<KernelPostgreSqlDbContext> options, ICurrentTenant tenant)
    : KernelDbContext(options, tenant);
