using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Web.Security;
using Wmk.Volunteers.Features.Activities;
using Wmk.Volunteers.Features.Duos;
using Wmk.Volunteers.Features.Intake;
using Wmk.Volunteers.Features.Reports;
using Wmk.Volunteers.Features.SignUp;

namespace Wmk.Volunteers.Features;

/// <summary>A created record's id.</summary>
internal sealed record IdView(Guid Id);

/// <summary>The JSON face of the volunteers handlers under /api/v1/volunteers.</summary>
internal static class VolunteersEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/volunteers");
        group.MapPost("/sign-up", (SignUpInput input, SignUpHandler h, CancellationToken ct) => h.SignUpAsync(input, ct))
            .AllowAnonymous().RequireRateLimiting(WmkRateLimits.SignUp);
        MapStaff(group);
        MapOwnDuos(group.MapGroup("/my-duos"));
        var reports = group.MapGroup("/reports");
        reports.MapGet("", (int? year, ReportsHandler h, CancellationToken ct) => h.GetAsync(year, ct)).RequirePermission(VolunteersPermissions.Manage);
        reports.MapGet("/hours.csv", async (int? year, ReportsHandler h, CancellationToken ct) => Csv(await h.HoursCsvAsync(year, ct)))
            .RequirePermission(VolunteersPermissions.Manage);
        reports.MapGet("/trajects.csv", async (int? year, ReportsHandler h, CancellationToken ct) => Csv(await h.TrajectsCsvAsync(year, ct)))
            .RequirePermission(VolunteersPermissions.Manage);
    }

    private static void MapStaff(RouteGroupBuilder group)
    {
        var staff = group.MapGroup("").RequirePermission(VolunteersPermissions.Manage);
        staff.MapGet("/people", (VolunteersHandler h, CancellationToken ct) => h.ListAsync(ct));
        staff.MapGet("/people/{id:guid}", (Guid id, VolunteersHandler h, CancellationToken ct) => h.GetAsync(id, ct));
        staff.MapPut("/people/{id:guid}/intake", (Guid id, IntakeInput input, VolunteersHandler h, CancellationToken ct) => h.IntakeAsync(id, input, ct));
        staff.MapPost("/people/{id:guid}/invitation", (Guid id, VolunteersHandler h, CancellationToken ct) => h.InviteAsync(id, ct));
        staff.MapPost("/people/{id:guid}/stop", (Guid id, VolunteersHandler h, CancellationToken ct) => h.StopAsync(id, ct));
        staff.MapPost("/people/{id:guid}/activities", async (Guid id, ActivityInput input, ActivitiesHandler h, CancellationToken ct) =>
            new IdView(await h.AddAsync(id, input, ct)));

        staff.MapGet("/trajects", (TrajectsHandler h, CancellationToken ct) => h.ListAsync(ct));
        staff.MapPost("/trajects", async (RequestInput input, TrajectsHandler h, CancellationToken ct) => new IdView(await h.RequestAsync(input, ct)));
        staff.MapGet("/trajects/{id:guid}", (Guid id, TrajectsHandler h, CancellationToken ct) => h.GetAsync(id, ct));
        staff.MapPost("/trajects/{id:guid}/proposals", async (Guid id, ProposeInput input, TrajectsHandler h, CancellationToken ct) =>
            new IdView(await h.ProposeAsync(id, input, ct)));
        staff.MapPost("/trajects/{id:guid}/tasks", async (Guid id, TaskInput input, TrajectsHandler h, CancellationToken ct) =>
            new IdView(await h.AddTaskAsync(id, input, ct)));
        staff.MapPost("/trajects/{id:guid}/contacts", async (Guid id, ContactInput input, TrajectsHandler h, CancellationToken ct) =>
            new IdView(await h.AddContactAsync(id, input, ct)));
        staff.MapPost("/trajects/{id:guid}/end", async (Guid id, EndInput input, TrajectsHandler h, CancellationToken ct) =>
        {
            await h.EndAsync(id, input, ct);
            return Results.NoContent();
        });
    }

    private static void MapOwnDuos(RouteGroupBuilder mine)
    {
        mine.RequirePermission(VolunteersPermissions.OwnDuos);
        mine.MapGet("", (MyDuosHandler h, CancellationToken ct) => h.ListAsync(ct));
        mine.MapGet("/{id:guid}", (Guid id, MyDuosHandler h, CancellationToken ct) => h.GetAsync(id, ct));
        mine.MapPost("/proposals/{id:guid}/answer", async (Guid id, AnswerInput input, MyDuosHandler h, CancellationToken ct) =>
        {
            await h.AnswerAsync(id, input, ct);
            return Results.NoContent();
        });
        mine.MapPost("/{id:guid}/contacts", async (Guid id, ContactInput input, MyDuosHandler h, CancellationToken ct) =>
            new IdView(await h.AddContactAsync(id, input, ct)));
    }

    private static IResult Csv(ReportFile file) => Results.File(file.Content, "text/csv; charset=utf-8", file.FileName);
}
