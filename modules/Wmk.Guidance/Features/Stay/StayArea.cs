using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Modularity;

namespace Wmk.Guidance.Features.Stay;

/// <summary>Registers the Stay area.</summary>
internal sealed class StayArea : IGuidanceArea
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
