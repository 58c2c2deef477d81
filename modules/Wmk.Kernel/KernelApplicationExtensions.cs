using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Web;
using Wmk.Kernel.Web.Api;
using Wmk.Kernel.Web.Security;

namespace Wmk.Kernel;

/// <summary>The kernel's part of the request pipeline.</summary>
public static class KernelApplicationExtensions
{
    /// <summary>Adds the security headers (CSP, frame-ancestors, nosniff, ...) to every response; call first.</summary>
    public static IApplicationBuilder UseWmkSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();

    /// <summary>Resolves the tenant; call after authentication and before authorization.</summary>
    public static IApplicationBuilder UseWmkTenancy(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();

    /// <summary>Answers 404 for switched-off modules; call after routing and tenant resolution.</summary>
    public static IApplicationBuilder UseWmkModuleGate(this IApplicationBuilder app) =>
        app.UseMiddleware<ModuleGateMiddleware>();

    /// <summary>
    /// Builds the module API's endpoints at the first /api or /openapi request; call after tenant resolution and before
    /// routing. Required by <see cref="MapWmkModules"/>.
    /// </summary>
    public static IApplicationBuilder UseWmkModuleApi(this IApplicationBuilder app)
    {
        app.Properties[ModuleApiActivationKey] = true;
        return app.UseMiddleware<ModuleApiActivationMiddleware>();
    }

    /// <summary>
    /// Maps each module's JSON endpoints under /api/v1, tagged with the module, and its fixed routes; state-changing
    /// calls that a cookie authenticates must carry an antiforgery token. The /api/v1 endpoints are built at the first
    /// API request (<see cref="UseWmkModuleApi"/>), not at the first page; fixed routes are built with the pages.
    /// <paramref name="withApi"/> maps further endpoints that are built together with the API, such as the OpenAPI
    /// document under /openapi.
    /// </summary>
    public static IEndpointRouteBuilder MapWmkModules(this IEndpointRouteBuilder endpoints, Action<IEndpointRouteBuilder>? withApi = null)
    {
        if (endpoints is IApplicationBuilder app && !app.Properties.ContainsKey(ModuleApiActivationKey))
        {
            throw new InvalidOperationException("MapWmkModules needs UseWmkModuleApi() in the pipeline before UseRouting().");
        }

        var catalog = endpoints.ServiceProvider.GetRequiredService<ModuleCatalog>();
        var detached = new DetachedEndpointRouteBuilder(endpoints);
        var api = detached.MapGroup("/api/v1");
        api.AddEndpointFilter(ApiAntiforgery.InvokeAsync);
        foreach (var module in catalog.Modules)
        {
            var group = api.MapGroup(string.Empty).WithMetadata(new ModuleEndpointMetadata(module.Name)).WithTags(module.Name);
            module.MapEndpoints(group);
            module.MapRoutes(endpoints);
        }

        withApi?.Invoke(detached);
        var deferred = new DeferredEndpointDataSource([.. detached.DataSources]);
        endpoints.ServiceProvider.GetRequiredService<ModuleApiEndpoints>().Attach(deferred);
        endpoints.DataSources.Add(deferred);
        return endpoints;
    }

    private const string ModuleApiActivationKey = "Wmk.ModuleApiActivation";
}
