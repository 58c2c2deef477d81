using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Features;
using Wmk.Kernel.Data;
using Wmk.Kernel.Modularity;

namespace Wmk.Guidance;

/// <summary>
/// A young person's trajectory: referral, waiting list, intake, matching, the start on a free place, conversations,
/// the contract end, the exit and the reports. Each area registers itself (<see cref="GuidanceAreas"/>).
/// </summary>
public sealed class GuidanceModule : WmkModule
{
    public override string Name => "Guidance";

    public override Type? ResourceType => typeof(GuidanceResource);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddWmkDbContext<GuidanceDbContext, GuidanceSqliteDbContext, GuidancePostgreSqlDbContext>();
        foreach (var area in GuidanceAreas.All)
        {
            area.ConfigureServices(services);
        }
    }

    public override void Define(ModuleDefinitions definitions)
    {
        GuidanceDefinitions.Define(definitions);
        foreach (var area in GuidanceAreas.All)
        {
            area.Define(definitions);
        }
    }

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        var guidance = api.MapGroup("/guidance");
        foreach (var area in GuidanceAreas.All)
        {
            area.MapEndpoints(guidance);
        }
    }

    public override async Task SeedTenantAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var area in GuidanceAreas.All)
        {
            await area.SeedTenantAsync(services, cancellationToken);
        }
    }
}
