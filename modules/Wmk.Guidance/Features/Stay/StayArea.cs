using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Features.Stay.Conversations;
using Wmk.Guidance.Features.Stay.Notes;
using Wmk.Guidance.Features.Stay.Onboarding;
using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Guidance.Features.Stay.Start;
using Wmk.Guidance.Features.Stay.Timeline;
using Wmk.Kernel.Modularity;

namespace Wmk.Guidance.Features.Stay;

/// <summary>Registers the Stay area: the start, onboarding, conversations and goals, notes, the resident file and the timeline.</summary>
internal sealed class StayArea : IGuidanceArea
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<ResidentAccess>();
        services.AddScoped<StayNames>();
        services.AddScoped<StartHandler>();
        services.AddScoped<OnboardingHandler>();
        services.AddScoped<ConversationsHandler>();
        services.AddScoped<Wmk.Documents.Contracts.IDocumentModelSource, ConversationModelSource>();
        services.AddScoped<GoalsHandler>();
        services.AddScoped<NotesHandler>();
        services.AddScoped<ResidentsHandler>();
        services.AddScoped<IResidents, ResidentDirectory>();
        services.AddScoped<TimelineMerge>();
        services.AddScoped<ITimelineSource, StayTimelineSource>();
        services.AddScoped<IDueWorkSource, StayDueWorkSource>();
    }

    public void Define(ModuleDefinitions definitions)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder guidance) => StayEndpoints.Map(guidance);
}
