using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Wmk.Kernel.Data;

/// <summary>Engine set-up shared by run time and design time.</summary>
public static class DbContextConfigurer
{
    /// <summary>Points the options at the engine, with a migrations history table per context.</summary>
    public static void UseEngine(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, string contextName)
    {
        var history = "__History_" + contextName.Replace("PostgreSql", string.Empty, StringComparison.Ordinal)
            .Replace("Sqlite", string.Empty, StringComparison.Ordinal);
        if (provider == DatabaseProvider.Sqlite)
        {
            UseSqlite(options, connectionString, history);
        }
        else
        {
            UseNpgsql(options, connectionString, history);
        }
    }

    // Each engine apart, so that a host on one engine never loads the other's provider (ReadyToRun code resolves a
    // method's types when it is entered).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UseSqlite(DbContextOptionsBuilder options, string connectionString, string history) =>
        options.UseSqlite(connectionString, o => o.MigrationsHistoryTable(history));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UseNpgsql(DbContextOptionsBuilder options, string connectionString, string history) =>
        options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable(history, "public"));
}
