namespace Wmk.Testing;

/// <summary>A fresh, empty database of either engine.</summary>
public static class TestDatabase
{
    /// <summary>A connection string to a new database.</summary>
    public static string Create(DatabaseKind kind) => kind switch
    {
        DatabaseKind.Sqlite => $"Data Source={Path.Combine(TempFolder(), "wmk.db")}",
        _ => PostgresServer.Instance.CreateDatabase(),
    };

    /// <summary>A new temp folder.</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wmk-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
