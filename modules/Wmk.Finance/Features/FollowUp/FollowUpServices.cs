using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Features.MyClients;
using Wmk.Finance.Features.PaymentPlans;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Jobs;

namespace Wmk.Finance.Features.FollowUp;

/// <summary>The follow-up, payment plans and counsellor's view: handlers, mails, jobs, the task source and the timeline source.</summary>
internal static class FollowUpServices
{
    public static IServiceCollection AddFinanceFollowUp(this IServiceCollection services, string moduleName)
    {
        FollowUpMails.Register(services);
        services.AddScoped<FollowUpScan>();
        services.AddScoped<FollowUpHandler>();
        services.AddScoped<PaymentPlansHandler>();
        services.AddScoped<PlanCheck>();
        services.AddScoped<MyClientsHandler>();
        services.AddScoped<IDueWorkSource, PlanSignalWork>();
        services.AddScoped<ITimelineSource, FinanceTimeline>();
        services.AddTenantJob<FollowUpJob>(moduleName, FollowUpJob.Cron);
        services.AddTenantJob<PlanCheckJob>(moduleName, PlanCheckJob.Cron);
        return services;
    }
}
