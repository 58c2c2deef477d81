namespace Wmk.Kernel.Data;

/// <summary>The database engines the platform runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded default: a SQLite file under ./data.</summary>
    Sqlite,

    /// <summary>Production: PostgreSQL through Npgsql.</summary>
    PostgreSql,
}
