using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Data;

/// <summary>Builds a module context for <c>dotnet ef</c>; never used at run time.</summary>
public static class DesignTimeFactory
{
    /// <summary>Options for the given engine with a placeholder connection string.</summary>
    public static DbContextOptions<T> Options<T>(DatabaseProvider provider)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        var connection = provider == DatabaseProvider.Sqlite ? "Data Source=design.db" : "Host=localhost;Database=design";
        DbContextConfigurer.UseEngine(builder, provider, connection, typeof(T).Name);
        return builder.Options;
    }

    /// <summary>A tenant accessor for design time (host side).</summary>
    public static ICurrentTenant NoTenant() => new CurrentTenant();
}
