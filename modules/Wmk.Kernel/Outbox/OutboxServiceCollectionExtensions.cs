using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Outbox;

/// <summary>Registers the outbox and its handlers.</summary>
public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IOutbox"/> and the <see cref="OutboxDrainer"/> (a hosted service); options come from the
    /// "Outbox" configuration section (PollInterval, MaxAttempts, BatchSize, Lease).
    /// </summary>
    public static IServiceCollection AddWmkOutbox(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var optionsBuilder = services.AddOptions<OutboxOptions>();
        if (configuration is not null)
        {
            optionsBuilder.Bind(configuration.GetSection("Outbox"));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<IOutbox, KernelOutbox>();
        services.AddSingleton<OutboxMessageRunner>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxWakeInterceptor>();
        services.TryAddSingleton<OutboxCommitInterceptor>();
        services.ConfigureDbContext<KernelSqliteDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<OutboxWakeInterceptor>()));
        services.ConfigureDbContext<KernelPostgreSqlDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<OutboxWakeInterceptor>()));
        services.AddSingleton(sp => new OutboxDrainer(
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<ICurrentTenant>(),
            sp.GetRequiredService<OutboxMessageRunner>(),
            sp.GetRequiredService<OutboxSignal>(),
            sp.GetRequiredService<IOptions<OutboxOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OutboxDrainer>>()));
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<OutboxDrainer>());
        return services;
    }

    /// <summary>Registers a handler for one outbox message type; it is resolved in a fresh scope inside the message's tenant.</summary>
    public static IServiceCollection AddOutboxHandler<THandler>(this IServiceCollection services)
        where THandler : class, IOutboxHandler
    {
        services.AddScoped<IOutboxHandler, THandler>();
        return services;
    }
}
