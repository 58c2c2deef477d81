using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Modularity;

namespace Wmk.Guidance.Features;

/// <summary>One part of the trajectory: its handlers, definitions and JSON endpoints (under /api/v1/guidance).</summary>
internal interface IGuidanceArea
{
    void ConfigureServices(IServiceCollection services);

    void Define(ModuleDefinitions definitions) { }

    void MapEndpoints(IEndpointRouteBuilder guidance) { }

    /// <summary>Seeds the area's per-tenant defaults; runs inside the tenant and must be safe to run twice.</summary>
    Task SeedTenantAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The areas of the guidance module, in trajectory order.</summary>
internal static class GuidanceAreas
{
    public static readonly IReadOnlyList<IGuidanceArea> All =
    [
        new Referrals.ReferralsArea(),
        new Intake.IntakeArea(),
        new Stay.StayArea(),
        new Ending.EndingArea(),
        new Reports.ReportsArea(),
    ];
}
