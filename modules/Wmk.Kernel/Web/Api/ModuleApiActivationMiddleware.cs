using Microsoft.AspNetCore.Http;

namespace Wmk.Kernel.Web.Api;

/// <summary>
/// Builds the module API's endpoints at the first request for /api/v1/... or /openapi/... (after tenant resolution has
/// taken a /t/{slug} prefix off the path), before routing matches it. Page requests never pay for the API.
/// </summary>
internal sealed class ModuleApiActivationMiddleware(RequestDelegate next, ModuleApiEndpoints api)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!api.IsBuilt && NeedsApi(context.Request.Path))
        {
            api.EnsureBuilt();
        }

        return next(context);
    }

    internal static bool NeedsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
}
