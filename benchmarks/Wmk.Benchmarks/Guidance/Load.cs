using Npgsql;
using Wmk.Testing;

namespace Wmk.Benchmarks.Guidance;

/// <summary>The machine's load average (the figures are noisy on the shared 2-core machine) and fresh planner statistics.</summary>
internal static class Load
{
    public static string Average() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "?";

    /// <summary>ANALYZE on PostgreSQL after a bulk seed (autovacuum would soon do it), so the planner sees the data as in production.</summary>
    public static async Task Analyze(this WmkTestHost host)
    {
        if (host.Kind != DatabaseKind.PostgreSql)
        {
            return; // SQLite: no statistics unless the application gathers them (it does not), as in production
        }

        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("ANALYZE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
