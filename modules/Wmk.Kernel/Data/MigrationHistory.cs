using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Wmk.Kernel.Data;

/// <summary>
/// Tells whether a context's database has every migration of its assembly, by reading the context's history table
/// with plain ADO.NET. Asking EF Core instead initialises the context, which builds its model: most of a start-up
/// with nothing to migrate, and memory held for modules nobody has used yet.
/// </summary>
internal static class MigrationHistory
{
    /// <summary>
    /// <c>true</c> when every migration of <paramref name="contextType"/> is in its history table; <c>false</c> when
    /// one is missing or when it cannot tell (no assembly file, no migration found, no connection string: then EF Core
    /// decides).
    /// </summary>
    public static async Task<bool> IsCurrentAsync(
        DbContextOptions options, Type contextType, DatabaseProvider provider, CancellationToken ct)
    {
        var known = MigrationIndex.For(contextType.Assembly, contextType)?.Select(m => m.Id).ToList();
        var relational = options.Extensions.OfType<RelationalOptionsExtension>().SingleOrDefault();
        if (known is not { Count: > 0 } || relational?.ConnectionString is not { } connectionString || relational.MigrationsHistoryTableName is not { } table)
        {
            return false;
        }

        await using var connection = provider == DatabaseProvider.Sqlite ? Sqlite(connectionString) : PostgreSql(connectionString);
        await connection.OpenAsync(ct);
        var applied = await ReadAppliedAsync(connection, provider, table, relational.MigrationsHistoryTableSchema, ct);
        return known.All(applied.Contains);
    }

    private static async Task<HashSet<string>> ReadAppliedAsync(
        DbConnection connection, DatabaseProvider provider, string table, string? schema, CancellationToken ct)
    {
        var qualified = schema is null ? Quote(table) : Quote(schema) + "." + Quote(table);
        await using var exists = connection.CreateCommand();
        exists.CommandText = provider == DatabaseProvider.Sqlite
            ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name"
            : "SELECT count(*) FROM (SELECT to_regclass(@name) AS t) AS r WHERE r.t IS NOT NULL";
        var name = exists.CreateParameter();
        name.ParameterName = "name";
        name.Value = provider == DatabaseProvider.Sqlite ? table : qualified;
        exists.Parameters.Add(name);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return applied;
        }

        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT \"MigrationId\" FROM {qualified}";
        await using var reader = await read.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }

    // Apart, so that a host on one engine never loads the other's driver.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DbConnection Sqlite(string connectionString) => new SqliteConnection(connectionString);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DbConnection PostgreSql(string connectionString) => new NpgsqlConnection(connectionString);

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
