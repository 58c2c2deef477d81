using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Modularity;

namespace Wmk.Guidance.Features.Ending;

/// <summary>Registers the Ending area.</summary>
internal sealed class EndingArea : IGuidanceArea
{
    public void ConfigureServices(IServiceCollection services)
    {
    }

    public void Define(ModuleDefinitions definitions)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder guidance)
    {
    }
}
