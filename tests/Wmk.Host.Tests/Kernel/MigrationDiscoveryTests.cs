using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Data;
using Wmk.Kernel.Data.Kernel;
using Wmk.Testing;

namespace Wmk.Host.Tests.Kernel;

/// <summary>
/// The start-up's migrations check reads the history tables with ADO.NET and finds a context's migrations in its
/// assembly's metadata (<see cref="MigrationIndex"/>, no type loading, no model building): it must agree with EF Core.
/// </summary>
public sealed class MigrationDiscoveryTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_metadata_index_finds_exactly_the_migrations_that_EF_Core_finds(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        await host.InTenantAsync(null, sp =>
        {
            var provider = sp.GetRequiredService<DatabaseSettings>().Provider;
            var registrations = sp.GetServices<ModuleDbContextRegistration>().ToList();
            registrations.Count.ShouldBeGreaterThan(5);
            foreach (var registration in registrations)
            {
                var contextType = registration.ConcreteType(provider);
                var db = (DbContext)sp.GetRequiredService(contextType);
                var byEf = db.GetService<IMigrationsAssembly>().Migrations;
                byEf.ShouldNotBeEmpty($"{contextType.Name} has no migrations");

                var indexed = MigrationIndex.For(contextType.Assembly, contextType).ShouldNotBeNull().ToList();
                indexed.Select(m => m.Id).Order(StringComparer.Ordinal).ShouldBe(byEf.Keys, $"migrations of {contextType.Name}");
                indexed.ShouldAllBe(m => byEf[m.Id].FullName == m.TypeName);
            }

            return Task.CompletedTask;
        });
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Nothing_is_pending_after_start_up_and_the_history_matches_the_assembly(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        await host.InTenantAsync(null, async sp =>
        {
            var provider = sp.GetRequiredService<DatabaseSettings>().Provider;
            foreach (var registration in sp.GetServices<ModuleDbContextRegistration>())
            {
                var db = (DbContext)sp.GetRequiredService(registration.ConcreteType(provider));
                (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
                (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
            }
        });
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_history_check_tells_a_current_database_from_a_missing_row_and_an_empty_database(DatabaseKind kind)
    {
        await using var host = await WmkTestHost.StartAsync(kind);
        var provider = host.Services.GetRequiredService<DatabaseSettings>().Provider;
        var type = provider == DatabaseProvider.Sqlite ? typeof(KernelSqliteDbContext) : typeof(KernelPostgreSqlDbContext);
        using var scope = host.Services.CreateScope();
        var options = (DbContextOptions)scope.ServiceProvider.GetRequiredService(typeof(DbContextOptions<>).MakeGenericType(type));
        (await MigrationHistory.IsCurrentAsync(options, type, provider, default)).ShouldBeTrue();

        var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
        var last = db.Database.GetMigrations().Last();
        var history = options.Extensions.OfType<RelationalOptionsExtension>().Single();
        var table = history.MigrationsHistoryTableSchema is { } schema
            ? $"\"{schema}\".\"{history.MigrationsHistoryTableName}\""
            : $"\"{history.MigrationsHistoryTableName}\"";
        var delete = "DELETE FROM " + table + " WHERE \"MigrationId\" = {0}";
        (await db.Database.ExecuteSqlRawAsync(delete, last)).ShouldBe(1);
        (await MigrationHistory.IsCurrentAsync(options, type, provider, default)).ShouldBeFalse();

        var empty = new DbContextOptionsBuilder();
        DbContextConfigurer.UseEngine(empty, provider, TestDatabase.Create(kind), type.Name);
        (await MigrationHistory.IsCurrentAsync(empty.Options, type, provider, default)).ShouldBeFalse();
    }
}
