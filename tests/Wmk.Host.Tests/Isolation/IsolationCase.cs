namespace Wmk.Host.Tests.Isolation;

/// <summary>
/// One tenant-owned entity in the isolation suite: the module DbContext that holds it and how to make one row of it
/// inside the current tenant (null when creating a tenant already makes some).
/// </summary>
public sealed record IsolationCase(Type ContextType, Type EntityType, Func<IServiceProvider, Task>? Seed = null)
{
    public override string ToString() => EntityType.Name;
}
