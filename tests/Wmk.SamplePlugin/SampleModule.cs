using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Modularity.Plugins;
using Wmk.SamplePlugin;

[assembly: WmkPlugin(typeof(SampleModule))]

namespace Wmk.SamplePlugin;

/// <summary>A plugin module used by the tests: one endpoint, one page, one menu item, one permission.</summary>
public sealed class SampleModule : WmkModule
{
    public const string UsePermission = "Sample.Use";

    public override string Name => "Sample";

    public override void Define(ModuleDefinitions definitions)
    {
        definitions.Permission(UsePermission);
        definitions.MenuItem("Sample", "/sample", UsePermission);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api) =>
        api.MapGet("/sample/ping", () => Results.Json(new { pong = true }));
}
