using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Intake.Checklists;
using Wmk.Guidance.Features.Intake.Conversations;
using Wmk.Guidance.Features.Intake.Matching;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Features.Intake;

/// <summary>The JSON face of the intake handlers under /api/v1/guidance.</summary>
internal static class IntakeEndpoints
{
    public static void Map(IEndpointRouteBuilder guidance)
    {
        var configure = GuidancePermissions.ConfigureChecklists;
        guidance.MapGet("/checklists", (ChecklistsHandler h, CancellationToken ct) => h.ListAsync(ct)).RequirePermission(GuidancePermissions.ManageIntake);
        guidance.MapPost("/checklists/{kind}/items", (ChecklistKind kind, ChecklistItemInput input, ChecklistsHandler h, CancellationToken ct) =>
            h.AddAsync(kind, input, ct)).RequirePermission(configure);
        guidance.MapPut("/checklists/items/{id:guid}", (Guid id, ChecklistItemUpdate input, ChecklistsHandler h, CancellationToken ct) =>
            h.UpdateAsync(id, input, ct)).RequirePermission(configure);
        guidance.MapPut("/checklists/{kind}/order", (ChecklistKind kind, ChecklistOrderInput input, ChecklistsHandler h, CancellationToken ct) =>
            h.ReorderAsync(kind, input, ct)).RequirePermission(configure);

        guidance.MapGet("/candidates/{id:guid}/intake", (Guid id, IntakeHandler h, CancellationToken ct) => h.GetAsync(id, ct))
            .RequirePermission(GuidancePermissions.ViewCandidates);
        guidance.MapPost("/candidates/{id:guid}/intake", (Guid id, IntakeInput input, IntakeHandler h, CancellationToken ct) =>
            h.RecordAsync(id, input, ct)).RequirePermission(GuidancePermissions.ManageIntake);

        var manage = GuidancePermissions.ManageIntake;
        guidance.MapGet("/matches", (MatchesHandler h, CancellationToken ct) => h.ListAsync(ct)).RequirePermission(manage);
        guidance.MapGet("/matches/{id:guid}", (Guid id, MatchesHandler h, CancellationToken ct) => h.GetAsync(id, ct)).RequirePermission(manage);
        guidance.MapPost("/matches", (MatchProposalInput input, MatchesHandler h, CancellationToken ct) => h.ProposeAsync(input, ct))
            .RequirePermission(manage);
        guidance.MapPost("/matches/{id:guid}/meeting", (Guid id, MatchMeetingInput input, MatchesHandler h, CancellationToken ct) =>
            h.RecordMeetingAsync(id, input, ct)).RequirePermission(manage);
    }
}
