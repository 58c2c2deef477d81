using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Wmk.Kernel.Data;

/// <summary>
/// Puts a SQLite database file in write-ahead-log mode (kept in the file, so once is enough). In the default rollback
/// journal a reader blocks a writer: a page saving a change while the outbox drainer or a job writes to the same file
/// could fail with "database is locked". With the write-ahead log readers and the one writer no longer block each other.
/// The file gets two companions, <c>-wal</c> and <c>-shm</c>; copy all three together (or use <c>.backup</c>).
/// </summary>
internal static class SqliteJournal
{
    /// <summary>Switches the file to WAL; an in-memory database has no journal and is left as it is.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static async Task UseWriteAheadLogAsync(string connectionString, CancellationToken ct)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return;
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        await command.ExecuteScalarAsync(ct);
    }
}
