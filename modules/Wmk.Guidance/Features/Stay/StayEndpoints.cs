using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Wmk.Guidance.Features.Stay.Conversations;
using Wmk.Guidance.Features.Stay.Notes;
using Wmk.Guidance.Features.Stay.Onboarding;
using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Guidance.Features.Stay.Start;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Localization;

namespace Wmk.Guidance.Features.Stay;

/// <summary>The JSON face of the stay handlers under /api/v1/guidance.</summary>
internal static class StayEndpoints
{
    public static void Map(IEndpointRouteBuilder guidance)
    {
        guidance.MapGet("/candidates/{id:guid}/places", (Guid id, DateOnly? on, StartHandler h, TimeProvider clock, CancellationToken ct) =>
            h.PlacesAsync(id, on ?? clock.Today(), ct)).RequirePermission(GuidancePermissions.ManageResidents);
        guidance.MapPost("/residents", (StartResidentInput input, StartHandler h, CancellationToken ct) => h.StartAsync(input, ct))
            .RequirePermission(GuidancePermissions.ManageResidents);
        guidance.MapGet("/residents", (ResidentsHandler h, CancellationToken ct) => h.ListAsync(ct)).RequirePermission(GuidancePermissions.ViewResidents);
        guidance.MapGet("/residents/{id:guid}", (Guid id, ResidentsHandler h, CancellationToken ct) => h.FileAsync(id, ct))
            .RequirePermission(GuidancePermissions.ViewResidents);
        guidance.MapPut("/residents/{id:guid}/onboarding/{itemId:guid}", (Guid id, Guid itemId, MarkOnboardingInput input, OnboardingHandler h,
            CancellationToken ct) => h.MarkAsync(id, itemId, input, ct)).RequirePermission(GuidancePermissions.ManageResidents);

        guidance.MapGet("/residents/{id:guid}/conversations", (Guid id, ConversationsHandler h, CancellationToken ct) => h.GetAsync(id, ct))
            .RequirePermission(GuidancePermissions.ViewResidents);
        guidance.MapPost("/residents/{id:guid}/conversations", (Guid id, RecordConversationInput input, ConversationsHandler h, CancellationToken ct) =>
            h.RecordAsync(id, input, ct)).RequirePermission(GuidancePermissions.ManageConversations);
        guidance.MapPost("/residents/{id:guid}/goals", (Guid id, GoalInput input, GoalsHandler h, CancellationToken ct) => h.AddAsync(id, input, ct))
            .RequirePermission(GuidancePermissions.ManageConversations);
        guidance.MapPut("/residents/{id:guid}/goals/{goalId:guid}", (Guid id, Guid goalId, GoalStatusInput input, GoalsHandler h, CancellationToken ct) =>
            h.SetStatusAsync(id, goalId, input, ct)).RequirePermission(GuidancePermissions.ManageConversations);

        guidance.MapGet("/residents/{id:guid}/notes", (Guid id, NotesHandler h, CancellationToken ct) => h.GetAsync(id, ct))
            .RequirePermission(GuidancePermissions.ViewResidents);
        guidance.MapPost("/residents/{id:guid}/notes", (Guid id, NoteInput input, NotesHandler h, CancellationToken ct) => h.AddAsync(id, input, ct))
            .RequirePermission(GuidancePermissions.ManageConversations);
    }
}
