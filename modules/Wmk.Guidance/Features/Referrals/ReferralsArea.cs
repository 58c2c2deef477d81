using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Modularity;

namespace Wmk.Guidance.Features.Referrals;

/// <summary>Registers the Referrals area.</summary>
internal sealed class ReferralsArea : IGuidanceArea
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
