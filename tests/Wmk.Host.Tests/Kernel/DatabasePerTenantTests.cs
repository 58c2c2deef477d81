using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Startup;
using Wmk.Kernel.Data;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Settings;
using Wmk.Tenancy.Data;
using Wmk.Testing;

namespace Wmk.Host.Tests.Kernel;

public sealed class DatabasePerTenantTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_tenant_with_its_own_connection_string_keeps_its_rows_in_its_own_database(DatabaseKind kind)
    {
        await using var host = await WmkTestHost.StartAsync(kind);
        var shared = await host.CreateTenantAsync();
        var own = await host.CreateTenantAsync();
        var ownDatabase = TestDatabase.Create(kind);
        await host.InTenantAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<TenancyDbContext>();
            var tenant = await db.Tenants.SingleAsync(t => t.Id == own.Info.Id);
            tenant.ProtectedConnectionString = sp.GetRequiredService<IDataProtectionProvider>()
                .CreateProtector(TenantStore.ConnectionPurpose).Protect(ownDatabase);
            await db.SaveChangesAsync();
            sp.GetRequiredService<TenantCache>().Invalidate(own.Info);
        });
        var ownInfo = (await host.InTenantAsync(null, sp => sp.GetRequiredService<ITenantStore>().FindByIdAsync(own.Info.Id)))!;
        ownInfo.ConnectionString.ShouldBe(ownDatabase);
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateTenantAsync(ownInfo);
        if (kind == DatabaseKind.Sqlite)
        {
            // Both files in write-ahead-log mode: a reader no longer blocks the writer (the outbox drainer, a job, a page).
            (await JournalModeAsync(host.ConnectionString)).ShouldBe("wal");
            (await JournalModeAsync(ownDatabase)).ShouldBe("wal");
        }

        await host.InTenantAsync(ownInfo, sp => sp.GetRequiredService<IValueManager>().SetTenantValueAsync(CoreModule.UiCulture, "en"));
        await host.InTenantAsync(shared.Info, sp => sp.GetRequiredService<IValueManager>().SetTenantValueAsync(CoreModule.UiCulture, "en"));

        (await CountValues(host, kind, host.ConnectionString, own.Info.Id)).ShouldBe(0);
        (await CountValues(host, kind, ownDatabase, own.Info.Id)).ShouldBe(1);
        (await CountValues(host, kind, host.ConnectionString, shared.Info.Id)).ShouldBe(1);
        (await host.InTenantAsync(ownInfo, sp => sp.GetRequiredService<ISettingProvider>().GetAsync(CoreModule.UiCulture))).ShouldBe("en");
    }

    private static async Task<string?> JournalModeAsync(string connectionString)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string?)await command.ExecuteScalarAsync();
    }

    private static Task<int> CountValues(WmkTestHost host, DatabaseKind kind, string connectionString, Guid tenantId)
    {
        var options = new DbContextOptionsBuilder<KernelPostgreSqlDbContext>();
        var provider = kind == DatabaseKind.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;
        var current = host.Services.GetRequiredService<ICurrentTenant>();
        using (current.Change(tenantId))
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                var sqlite = new DbContextOptionsBuilder<KernelSqliteDbContext>();
                DbContextConfigurer.UseEngine(sqlite, provider, connectionString, nameof(KernelSqliteDbContext));
                using var db = new KernelSqliteDbContext(sqlite.Options, current);
                return Task.FromResult(db.TenantValues.Count(v => v.Name == CoreModule.UiCulture));
            }

            DbContextConfigurer.UseEngine(options, provider, connectionString, nameof(KernelPostgreSqlDbContext));
            using var pg = new KernelPostgreSqlDbContext(options.Options, current);
            return Task.FromResult(pg.TenantValues.Count(v => v.Name == CoreModule.UiCulture));
        }
    }
}
