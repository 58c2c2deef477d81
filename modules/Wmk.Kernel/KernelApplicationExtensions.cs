using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Web;
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
    /// Maps each module's JSON endpoints under /api/v1, tagged with the module, and its fixed routes; state-changing
    /// calls that a cookie authenticates must carry an antiforgery token.
    /// </summary>
    public static IEndpointRouteBuilder MapWmkModules(this IEndpointRouteBuilder endpoints)
    {
        var catalog = endpoints.ServiceProvider.GetRequiredService<ModuleCatalog>();
        var api = endpoints.MapGroup("/api/v1");
        api.AddEndpointFilter(ApiAntiforgery.InvokeAsync);
        foreach (var module in catalog.Modules)
        {
            var group = api.MapGroup(string.Empty).WithMetadata(new ModuleEndpointMetadata(module.Name)).WithTags(module.Name);
            module.MapEndpoints(group);
            module.MapRoutes(endpoints);
        }

        return endpoints;
    }
}
