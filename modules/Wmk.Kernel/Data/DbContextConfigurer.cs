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
            options.UseSqlite(connectionString, o => o.MigrationsHistoryTable(history));
        }
        else
        {
            options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable(history, "public"));
        }
    }
}
