using Microsoft.AspNetCore.Http;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Settings;

namespace Wmk.Kernel.Web;

/// <summary>Answers 404 for any page or endpoint of a module that the current tenant has switched off.</summary>
internal sealed class ModuleGateMiddleware(RequestDelegate next, ModuleCatalog catalog)
{
    public async Task InvokeAsync(HttpContext context, ICurrentTenant tenant, IFeatureChecker features)
    {
        var module = context.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>();
        if (module is not null && tenant.IsAvailable && catalog.Find(module.ModuleName) is { CanBeDisabled: true } found
            && !await features.IsEnabledAsync(found.FeatureName, context.RequestAborted))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    }
}
