using Xunit;

namespace Wmk.Testing;

/// <summary>The engines every integration test runs on.</summary>
public enum DatabaseKind
{
    Sqlite,
    PostgreSql,
}

/// <summary>Theory data: both engines.</summary>
public sealed class BothDatabases : TheoryData<DatabaseKind>
{
    public BothDatabases()
    {
        Add(DatabaseKind.Sqlite);
        Add(DatabaseKind.PostgreSql);
    }
}
