using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Features.Intake.Checklists;
using Wmk.Guidance.Features.Intake.Conversations;
using Wmk.Guidance.Features.Intake.Matching;
using Wmk.Guidance.Features.Intake.Staff;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Navigation;

namespace Wmk.Guidance.Features.Intake;

/// <summary>Registers the Intake area: checklists, get-to-know and intake conversations, matching for shared housing.</summary>
internal sealed class IntakeArea : IGuidanceArea
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<StaffDirectory>();
        services.AddScoped<ChecklistsHandler>();
        services.AddScoped<ChecklistSeeder>();
        services.AddScoped<IntakeHandler>();
        services.AddScoped<MatchesHandler>();
        services.AddScoped<ITimelineSource, IntakeTimelineSource>();
    }

    public void Define(ModuleDefinitions definitions)
    {
        definitions.MenuItem("Menu:Matches", "/guidance/matches", GuidancePermissions.ManageIntake, 24);
        definitions.MenuItem("Menu:Checklists", "/guidance/checklists", GuidancePermissions.ConfigureChecklists, 40, MenuArea.TenantAdmin);
    }

    public void MapEndpoints(IEndpointRouteBuilder guidance) => IntakeEndpoints.Map(guidance);

    public Task SeedTenantAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ChecklistSeeder>().SeedAsync(cancellationToken);
}
