using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Features.Referrals.CandidateFile;
using Wmk.Guidance.Features.Referrals.Partners;
using Wmk.Guidance.Features.Referrals.Refer;
using Wmk.Guidance.Features.Referrals.Status;
using Wmk.Guidance.Features.Referrals.WaitingList;
using Wmk.Kernel.Modularity;

namespace Wmk.Guidance.Features.Referrals;

/// <summary>Registers the Referrals area: welfare partners, the referral, the waiting list and the candidate's file.</summary>
internal sealed class ReferralsArea : IGuidanceArea
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<WelfarePartnersHandler>();
        services.AddScoped<ReferHandler>();
        services.AddScoped<WaitingListHandler>();
        services.AddScoped<ChangeStatusHandler>();
        services.AddScoped<CandidateFileHandler>();
        services.AddScoped<ITimelineSource, ReferralTimelineSource>();
    }

    public void Define(ModuleDefinitions definitions)
    {
        definitions.MenuItem("Menu:WelfarePartners", "/guidance/partners", GuidancePermissions.ManageCandidates, 24);
    }

    public void MapEndpoints(IEndpointRouteBuilder guidance) => ReferralsEndpoints.Map(guidance);
}
