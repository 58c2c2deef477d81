using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Data;

/// <summary>
/// Base of every module's DbContext: its own schema, the tenant filter on every <see cref="ITenantOwned"/>
/// entity and a guard on save (added by <see cref="TenantSaveChangesInterceptor"/>).
/// </summary>
public abstract class WmkDbContext(DbContextOptions options, ICurrentTenant currentTenant) : DbContext(options)
{
    /// <summary>
    /// EF Core's name of its SQLite provider, which <c>Database.IsSqlite()</c> compares with; compared here as text so a
    /// PostgreSQL host does not load the SQLite provider to answer (a kernel test holds it to the provider's name).
    /// </summary>
    internal const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>The ambient tenant.</summary>
    public ICurrentTenant CurrentTenant { get; } = currentTenant;

    /// <summary>The value the tenant filter compares with; an empty id on the host side matches nothing.</summary>
    public Guid FilterTenantId => CurrentTenant.Id ?? Guid.Empty;

    /// <summary>The counsellor the counsellor filter limits to; empty when unrestricted.</summary>
    public Guid FilterCounsellorId => CurrentTenant.CounsellorScope ?? Guid.Empty;

    /// <summary>The module's database schema (ignored by SQLite).</summary>
    protected abstract string Schema { get; }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Database.ProviderName != SqliteProviderName)
        {
            modelBuilder.HasDefaultSchema(Schema);
        }
        ConfigureModel(modelBuilder);
        TenantModel.Apply(modelBuilder, this);
    }

    /// <summary>The module's entity configuration.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);
}
