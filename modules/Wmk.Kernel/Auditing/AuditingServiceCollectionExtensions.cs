using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wmk.Kernel.Data.Kernel;

namespace Wmk.Kernel.Auditing;

/// <summary>Registers the audit trail.</summary>
public static class AuditingServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IAuditLog"/> and the append-only guard on the kernel DbContext (both engines).</summary>
    public static IServiceCollection AddWmkAuditing(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditAppendOnlyInterceptor>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.ConfigureDbContext<KernelSqliteDbContext>(
            (sp, o) => o.AddInterceptors(sp.GetRequiredService<AuditAppendOnlyInterceptor>()));
        services.ConfigureDbContext<KernelPostgreSqlDbContext>(
            (sp, o) => o.AddInterceptors(sp.GetRequiredService<AuditAppendOnlyInterceptor>()));
        return services;
    }
}
