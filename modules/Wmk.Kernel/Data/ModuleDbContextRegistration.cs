namespace Wmk.Kernel.Data;

/// <summary>One module DbContext as registered: the type modules use and its per-engine migration types.</summary>
public sealed record ModuleDbContextRegistration(Type ContextType, Type SqliteType, Type PostgreSqlType, bool HostDatabase)
{
    /// <summary>The concrete type for the engine in use.</summary>
    public Type ConcreteType(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? SqliteType : PostgreSqlType;
}
