using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Outbox;

namespace Wmk.Kernel.Data;

/// <summary>Registers a module's DbContext for both engines.</summary>
public static class DbContextServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> with a SQLite and a PostgreSQL subtype (each holding its own
    /// migrations). The connection string is the current tenant's own one when it has one, else the host's;
    /// <paramref name="hostDatabase"/> pins a context to the host database (tenants, accounts).
    /// </summary>
    public static IServiceCollection AddWmkDbContext<TContext, TSqlite, TPostgreSql>(
        this IServiceCollection services, bool hostDatabase = false)
        where TContext : WmkDbContext
        where TSqlite : TContext
        where TPostgreSql : TContext
    {
        services.AddDbContext<TSqlite>((sp, o) => Configure<TSqlite>(sp, o, hostDatabase));
        services.AddDbContext<TPostgreSql>((sp, o) => Configure<TPostgreSql>(sp, o, hostDatabase));
        services.AddScoped<TContext>(sp => sp.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.Sqlite
            ? sp.GetRequiredService<TSqlite>()
            : sp.GetRequiredService<TPostgreSql>());
        services.AddSingleton(new ModuleDbContextRegistration(typeof(TContext), typeof(TSqlite), typeof(TPostgreSql), hostDatabase));
        return services;
    }

    private static void Configure<T>(IServiceProvider sp, DbContextOptionsBuilder options, bool hostDatabase)
    {
        var settings = sp.GetRequiredService<DatabaseSettings>();
        var tenant = sp.GetRequiredService<ICurrentTenant>();
        var connectionString = hostDatabase || string.IsNullOrEmpty(tenant.ConnectionString)
            ? settings.ConnectionString
            : tenant.ConnectionString;
        DbContextConfigurer.UseEngine(options, settings.Provider, connectionString, typeof(T).Name);
        options.AddInterceptors(
            sp.GetRequiredService<TenantSaveChangesInterceptor>(),
            sp.GetRequiredService<OutboxCommitInterceptor>());
    }
}
