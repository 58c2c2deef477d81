using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Wmk.Kernel.Data;

/// <summary>The host's database: which engine and which connection string, read once at start-up.</summary>
public sealed class DatabaseSettings
{
    /// <summary>The default SQLite file when no connection string is configured.</summary>
    public const string EmbeddedDefault = "Data Source=./data/wmk.db";

    private DatabaseSettings(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    /// <summary>The engine.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The host database's connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// Reads <c>ConnectionStrings:Default</c>; empty means the embedded SQLite file. A string with
    /// <c>Host=</c> or <c>Server=</c> is PostgreSQL, one with <c>Data Source=</c> is SQLite.
    /// Throws <see cref="DatabaseConfigurationException"/> with the cause when the string is malformed.
    /// </summary>
    public static DatabaseSettings From(IConfiguration configuration)
    {
        var raw = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(raw))
        {
            return new DatabaseSettings(DatabaseProvider.Sqlite, EmbeddedDefault);
        }

        return Parse(raw);
    }

    /// <summary>Parses a connection string and tells its engine.</summary>
    public static DatabaseSettings Parse(string raw)
    {
        try
        {
            if (raw.Contains("Data Source=", StringComparison.OrdinalIgnoreCase)
                || raw.Contains("DataSource=", StringComparison.OrdinalIgnoreCase))
            {
                return ParseSqlite(raw);
            }

            return ParsePostgreSql(raw);
        }
        catch (ArgumentException ex)
        {
            throw new DatabaseConfigurationException($"The connection string is malformed: {ex.Message}");
        }
    }

    // Engine-specific parsing in methods of their own: ReadyToRun code loads the types a method uses when it is
    // entered, so a PostgreSQL host never loads the SQLite client and a SQLite host never loads Npgsql.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DatabaseSettings ParseSqlite(string raw)
    {
        _ = new SqliteConnectionStringBuilder(raw);
        return new DatabaseSettings(DatabaseProvider.Sqlite, raw);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DatabaseSettings ParsePostgreSql(string raw)
    {
        var npgsql = new NpgsqlConnectionStringBuilder(raw);
        if (string.IsNullOrWhiteSpace(npgsql.Host))
        {
            throw new DatabaseConfigurationException(
                "The connection string names no Host= (PostgreSQL) and no Data Source= (SQLite).");
        }

        return new DatabaseSettings(DatabaseProvider.PostgreSql, WithAutoPrepare(raw));
    }

    /// <summary>
    /// Lets Npgsql prepare the statements a connection runs again and again (the server then skips parsing and planning
    /// them: about 10 % off the monthly run), unless the connection string says otherwise.
    /// </summary>
    private static string WithAutoPrepare(string raw)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = raw };
        return given.Keys.Cast<string>().Any(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))
            ? raw
            : raw.TrimEnd().TrimEnd(';') + $";Max Auto Prepare={AutoPrepared};Auto Prepare Min Usages=2";
    }

    /// <summary>How many statements each PostgreSQL connection keeps prepared.</summary>
    public const int AutoPrepared = 100;
}

/// <summary>The database configuration cannot be used; the message names the cause.</summary>
public sealed class DatabaseConfigurationException(string message) : Exception(message);
