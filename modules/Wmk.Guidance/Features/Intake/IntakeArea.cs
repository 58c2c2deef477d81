using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Modularity;

namespace Wmk.Guidance.Features.Intake;

/// <summary>Registers the Intake area.</summary>
internal sealed class IntakeArea : IGuidanceArea
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
