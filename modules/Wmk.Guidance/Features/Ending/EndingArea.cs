using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Features.Ending.Exit;
using Wmk.Guidance.Features.Ending.Notices;
using Wmk.Guidance.Features.Ending.Scheduler;
using Wmk.Guidance.Features.Ending.Tasks;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Jobs;

namespace Wmk.Guidance.Features.Ending;

/// <summary>Registers the Ending area: notices, the exit, the daily scheduler and "to do this week".</summary>
internal sealed class EndingArea : IGuidanceArea
{
    public void ConfigureServices(IServiceCollection services)
    {
        NoticeMails.Register(services);
        services.AddScoped<NoticesHandler>();
        services.AddScoped<ExitHandler>();
        services.AddScoped<TasksHandler>();
        services.AddScoped<ContractEndSync>();
        services.AddScoped<NoticeScheduler>();
        services.AddScoped<TaskPlanner>();
        services.AddScoped<IDueWorkSource, EndingDueWork>();
        services.AddScoped<ITimelineSource, EndingTimeline>();
        services.AddTenantJob<ContractEndJob>("Guidance", ContractEndJob.Cron);
    }

    public void MapEndpoints(IEndpointRouteBuilder guidance)
    {
        guidance.MapGet("/tasks", (TasksHandler h, CancellationToken ct) => h.ThisWeekAsync(ct))
            .RequirePermission(GuidancePermissions.ViewTasks);
        guidance.MapGet("/residents/{id:guid}/notices", (Guid id, NoticesHandler h, CancellationToken ct) => h.ListAsync(id, ct))
            .RequirePermission(GuidancePermissions.ManageResidents);
        guidance.MapPost("/notices/{id:guid}/letter", (Guid id, LetterInput input, NoticesHandler h, CancellationToken ct) =>
            h.RecordLetterAsync(id, input, ct)).RequirePermission(GuidancePermissions.ManageResidents);
        guidance.MapGet("/residents/{id:guid}/exit", (Guid id, ExitHandler h, CancellationToken ct) => h.GetAsync(id, ct))
            .RequirePermission(GuidancePermissions.ManageResidents);
        guidance.MapPost("/residents/{id:guid}/exit", (Guid id, ExitInput input, ExitHandler h, CancellationToken ct) =>
            h.RecordAsync(id, input, ct)).RequirePermission(GuidancePermissions.ManageResidents);
    }
}
