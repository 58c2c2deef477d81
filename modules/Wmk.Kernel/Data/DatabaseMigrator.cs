using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Data;

/// <summary>Applies every module's migrations to the host database and to each tenant's own database.</summary>
public sealed class DatabaseMigrator(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDbContextRegistration> contexts,
    DatabaseSettings settings,
    ICurrentTenant currentTenant,
    ILogger<DatabaseMigrator> logger)
{
    /// <summary>Migrates the host database, then every tenant database.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolder(settings.ConnectionString);
            await SqliteJournal.UseWriteAheadLogAsync(settings.ConnectionString, cancellationToken);
        }

        await MigrateContextsAsync(contexts, cancellationToken);

        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ITenantStore>();
        foreach (var tenant in (await store.ListActiveAsync(cancellationToken)).Where(t => !string.IsNullOrEmpty(t.ConnectionString)))
        {
            await MigrateTenantAsync(tenant, cancellationToken);
        }
    }

    /// <summary>Migrates the tenant-scoped contexts in a tenant's own database.</summary>
    public async Task MigrateTenantAsync(TenantInfo tenant, CancellationToken cancellationToken = default)
    {
        using (currentTenant.Change(tenant))
        {
            logger.LogInformation("Migrating the own database of tenant {Slug}", tenant.Slug);
            if (settings.Provider == DatabaseProvider.Sqlite && !string.IsNullOrEmpty(tenant.ConnectionString))
            {
                await SqliteJournal.UseWriteAheadLogAsync(tenant.ConnectionString, cancellationToken);
            }

            await MigrateContextsAsync(contexts.Where(c => !c.HostDatabase), cancellationToken);
        }
    }

    private async Task MigrateContextsAsync(IEnumerable<ModuleDbContextRegistration> registrations, CancellationToken ct)
    {
        foreach (var registration in registrations)
        {
            using var scope = scopes.CreateScope();
            var type = registration.ConcreteType(settings.Provider);

            // The history table is read without EF Core: asking EF for the pending migrations builds the context's
            // model, which a start-up with nothing to migrate does not need (MigrationHistory).
            var options = (DbContextOptions)scope.ServiceProvider.GetRequiredService(typeof(DbContextOptions<>).MakeGenericType(type));
            if (!await MigrationHistory.IsCurrentAsync(options, type, settings.Provider, ct))
            {
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
                await db.Database.MigrateAsync(ct);
            }
        }
    }

    // Its own method, entered only for SQLite: ReadyToRun code loads the types a method uses when it is entered, and a
    // PostgreSQL host has no use for the SQLite client.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void EnsureSqliteFolder(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
