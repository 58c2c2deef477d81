using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Wmk.Finance.Data;
using Wmk.Kernel.Data;
using Wmk.Kernel.MultiTenancy;
using Wmk.Testing;

namespace Wmk.Host.Tests.Finance;

/// <summary>
/// The migration that moved charge lines from their own table into a JSON column of the charge: existing lines arrive in
/// order with exact amounts, and migrating back restores the table.
/// </summary>
public sealed class ChargeLinesMigrationTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Existing_charge_lines_move_into_their_charge_and_back(DatabaseKind kind)
    {
        var tenant = Guid.NewGuid();
        var current = new CurrentTenant();
        using var _ = current.Change(tenant, "t");
        await using var db = Context(kind, TestDatabase.Create(kind), current);
        var migrator = db.GetService<IMigrator>();
        var before = db.Database.GetMigrations().Single(m => m.EndsWith("_PaymentsFollowUpEnergy", StringComparison.Ordinal));
        await migrator.MigrateAsync(before);
        var (table, charge) = (Guid.NewGuid(), Guid.NewGuid());
        var schema = kind == DatabaseKind.Sqlite ? string.Empty : "finance.";
        var rentTable = $$"""INSERT INTO {{schema}}"RentTables" ("Id", "TenantId", "Name", "ValidFrom") VALUES ({0}, {1}, 'Tabel', {2})""";
        await db.Database.ExecuteSqlRawAsync(rentTable, table, tenant, new DateOnly(2026, 1, 1));
        var chargeRow = $$"""
            INSERT INTO {{schema}}"Charges" ("Id", "TenantId", "ContractId", "ResidentId", "ResidentName", "Month", "From", "To", "Total", "RentTableId", "CreatedAt")
            VALUES ({0}, {1}, {2}, {3}, 'Sam Peeters', {4}, {4}, {5}, {6}, {7}, {8})
            """;
        await db.Database.ExecuteSqlRawAsync(
            chargeRow, charge, tenant, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), 327.46m, table,
            new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero));
        var line = $$"""INSERT INTO {{schema}}"ChargeLines" ("Id", "TenantId", "ChargeId", "Position", "Name", "Amount") VALUES ({0}, {1}, {2}, {3}, {4}, {5})""";
        foreach (var (position, name, amount) in new[] { (2, "Forfait", 77.45m), (1, "Bezettingsvergoeding", 250.01m) })
        {
            await db.Database.ExecuteSqlRawAsync(line, Guid.NewGuid(), tenant, charge, position, name, amount);
        }

        await migrator.MigrateAsync();

        var moved = await db.Charges.AsNoTracking().SingleAsync();
        moved.Lines.Select(l => (l.Position, l.Name, l.Amount)).ShouldBe([(1, "Bezettingsvergoeding", 250.01m), (2, "Forfait", 77.45m)]);
        moved.Lines.Sum(l => l.Amount).ShouldBe(moved.Total);

        await migrator.MigrateAsync(before);

        var amounts = $$"""SELECT "Amount" AS "Value" FROM {{schema}}"ChargeLines" ORDER BY "Position" """;
        var back = await db.Database.SqlQueryRaw<decimal>(amounts).ToListAsync();
        back.ShouldBe([250.01m, 77.45m]);
    }

    private static FinanceDbContext Context(DatabaseKind kind, string connectionString, ICurrentTenant current)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            var sqlite = new DbContextOptionsBuilder<FinanceSqliteDbContext>();
            DbContextConfigurer.UseEngine(sqlite, DatabaseProvider.Sqlite, connectionString, nameof(FinanceSqliteDbContext));
            return new FinanceSqliteDbContext(sqlite.Options, current);
        }

        var pg = new DbContextOptionsBuilder<FinancePostgreSqlDbContext>();
        DbContextConfigurer.UseEngine(pg, DatabaseProvider.PostgreSql, connectionString, nameof(FinancePostgreSqlDbContext));
        return new FinancePostgreSqlDbContext(pg.Options, current);
    }
}
