using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Wmk.Kernel.Modularity;

/// <summary>
/// The one public door of a module: its name, dependencies, services, definitions (permissions, settings,
/// features, menu), endpoints and per-tenant seeding. Registration is explicit; nothing is scanned.
/// </summary>
public abstract class WmkModule
{
    /// <summary>The module's name, e.g. "Housing"; also the last part of its feature "Module.Housing".</summary>
    public abstract string Name { get; }

    /// <summary>Modules this one needs; they are configured first.</summary>
    public virtual IReadOnlyList<Type> DependsOn => [];

    /// <summary>False for the platform's own modules (tenancy, accounts) that no tenant can switch off.</summary>
    public virtual bool CanBeDisabled => true;

    /// <summary>The resource class with the module's texts; null uses the kernel's.</summary>
    public virtual Type? ResourceType => null;

    /// <summary>Whether a new tenant gets the module switched on.</summary>
    public virtual bool EnabledByDefault => true;

    /// <summary>The per-tenant feature that switches the module.</summary>
    public string FeatureName => ModuleFeatures.FeatureName(Name);

    /// <summary>Registers the module's services.</summary>
    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Declares permissions, settings, features and menu items.</summary>
    public virtual void Define(ModuleDefinitions definitions)
    {
    }

    /// <summary>Maps JSON endpoints; <paramref name="api"/> is the module's group under /api/v1.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder api)
    {
    }

    /// <summary>Maps endpoints at fixed URLs outside /api/v1, such as protocol endpoints (/connect/token).</summary>
    public virtual void MapRoutes(IEndpointRouteBuilder endpoints)
    {
    }

    /// <summary>Seeds a tenant's data; runs inside the tenant and must be safe to run twice.</summary>
    public virtual Task SeedTenantAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Names of module features.</summary>
public static class ModuleFeatures
{
    /// <summary>"Module." + the module's name.</summary>
    public static string FeatureName(string moduleName) => "Module." + moduleName;
}
