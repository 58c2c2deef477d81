using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Wmk.Kernel.Templating;

/// <summary>Registers the kernel's text templating and modules' templates.</summary>
public static class TemplatingServiceCollectionExtensions
{
    /// <summary>Adds the sandboxed Scriban renderer and the per-tenant override store (needs the kernel's DbContext).</summary>
    public static IServiceCollection AddWmkTemplating(this IServiceCollection services)
    {
        services.AddOptions<TemplateSandboxOptions>();
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TemplateDefinitionRegistry>();
        services.TryAddSingleton<ParsedTemplateCache>();
        services.TryAddSingleton<ScribanSandbox>();
        services.TryAddScoped<TemplateContentResolver>();
        services.TryAddScoped<ITextTemplateRenderer, TextTemplateRenderer>();
        services.TryAddScoped<ITextTemplateStore, TextTemplateStore>();
        return services;
    }

    /// <summary>Registers a module's template (call from the module's ConfigureServices).</summary>
    public static IServiceCollection AddWmkTemplate(this IServiceCollection services, TemplateDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return services.AddSingleton(definition);
    }
}
