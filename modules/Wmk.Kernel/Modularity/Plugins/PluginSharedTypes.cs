using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Wmk.Kernel.Modularity.Plugins;

/// <summary>
/// Types whose assemblies (and their dependencies) a plugin must take from the host, so that a plugin's module,
/// services, endpoints, pages and DbContexts are the host's types and not private copies.
/// </summary>
internal static class PluginSharedTypes
{
    public static Type[] All { get; } =
    [
        typeof(WmkModule),
        typeof(IServiceCollection),
        typeof(ServiceProvider),
        typeof(IConfiguration),
        typeof(IOptions<>),
        typeof(ILogger),
        typeof(IStringLocalizer),
        typeof(HttpContext),
        typeof(IResult),
        typeof(IEndpointRouteBuilder),
        typeof(RouteGroupBuilder),
        typeof(IApplicationBuilder),
        typeof(ControllerBase),
        typeof(PageModel),
        typeof(DbContext),
        typeof(RelationalDatabaseFacadeExtensions),
    ];
}
