using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wmk.Kernel.Templating;

namespace Wmk.Kernel.Emailing;

/// <summary>Registers the kernel's e-mail sending.</summary>
public static class EmailingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IEmailSender"/>, <see cref="ITemplatedEmailSender"/> and <see cref="IEmailDispatcher"/>, and a
    /// direct <see cref="IEmailQueue"/> unless one is registered (the outbox registers its own). Also adds templating.
    /// Declare the settings with <see cref="EmailSettingNames.Define"/>.
    /// </summary>
    public static IServiceCollection AddWmkEmailing(this IServiceCollection services)
    {
        services.AddWmkTemplating();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<EmailTransportSelector>();
        services.TryAddScoped<IEmailDispatcher, EmailDispatcher>();
        services.TryAddScoped<IEmailQueue, DirectEmailQueue>();
        services.TryAddScoped<IEmailSender, EmailSender>();
        services.TryAddScoped<ITemplatedEmailSender, TemplatedEmailSender>();
        return services;
    }
}
