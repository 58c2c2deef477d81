using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.GroupMeetings.Features.Invitations;
using Wmk.GroupMeetings.Features.Laundry;
using Wmk.GroupMeetings.Features.Locations;
using Wmk.GroupMeetings.Features.Reports;
using Wmk.GroupMeetings.Features.Sessions;
using Wmk.GroupMeetings.Features.WalkIns;
using Wmk.Kernel.Authorization;

namespace Wmk.GroupMeetings.Features;

/// <summary>The JSON face of the group meetings handlers under /api/v1/meetings.</summary>
internal static class MeetingsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        const string view = GroupMeetingsPermissions.View, manage = GroupMeetingsPermissions.Manage;
        var m = api.MapGroup("/meetings");
        m.MapGet("/locations", (LocationsHandler h, CancellationToken ct) => h.ListAsync(ct)).RequirePermission(view);
        m.MapPost("/locations", (LocationInput i, LocationsHandler h, CancellationToken ct) => h.AddAsync(i, ct)).RequirePermission(manage);
        m.MapGet("/locations/{id:guid}", (Guid id, LocationsHandler h, CancellationToken ct) => h.GetAsync(id, ct)).RequirePermission(view);
        m.MapPut("/locations/{id:guid}", (Guid id, LocationInput i, LocationsHandler h, CancellationToken ct) => h.UpdateAsync(id, i, ct)).RequirePermission(manage);
        m.MapPost("/locations/{id:guid}/feed-token", async (Guid id, LocationsHandler h, CancellationToken ct) => new { Token = await h.FeedTokenAsync(id, true, ct) })
            .RequirePermission(manage);
        m.MapPut("/locations/{id:guid}/laundry", (Guid id, LaundrySettingsInput i, LaundryHandler h, CancellationToken ct) => h.SetAsync(id, i, ct))
            .RequirePermission(manage);
        m.MapGet("/locations/{id:guid}/laundry", (Guid id, DateOnly? week, LaundryHandler h, CancellationToken ct) => h.WeekAsync(id, week, ct))
            .RequirePermission(view);
        m.MapPost("/locations/{id:guid}/laundry/bookings", (Guid id, BookingInput i, LaundryHandler h, CancellationToken ct) => h.BookAsync(id, i, ct))
            .RequirePermission(GroupMeetingsPermissions.Laundry);
        m.MapDelete("/laundry/bookings/{id:guid}", async (Guid id, LaundryHandler h, CancellationToken ct) =>
        {
            await h.CancelAsync(id, ct);
            return Results.NoContent();
        }).RequirePermission(GroupMeetingsPermissions.Laundry);
        m.MapPut("/laundry/bookings/{id:guid}/no-show", (Guid id, NoShowInput i, LaundryHandler h, CancellationToken ct) => h.MarkNoShowAsync(id, i.NoShow, ct))
            .RequirePermission(manage);
        m.MapGet("/locations/{id:guid}/walk-ins", (Guid id, WalkInsHandler h, CancellationToken ct) => h.ListAsync(id, ct)).RequirePermission(view);
        m.MapPost("/locations/{id:guid}/walk-ins", (Guid id, WalkInInput i, WalkInsHandler h, CancellationToken ct) => h.AddAsync(id, i, ct))
            .RequirePermission(manage);

        m.MapGet("/sessions", (Guid? locationId, int? year, SessionsHandler h, CancellationToken ct) => h.ListAsync(locationId, year, ct)).RequirePermission(view);
        m.MapPost("/sessions", (SessionInput i, SessionsHandler h, CancellationToken ct) => h.AddAsync(i, ct)).RequirePermission(manage);
        m.MapGet("/sessions/{id:guid}", (Guid id, SessionsHandler h, CancellationToken ct) => h.GetAsync(id, ct)).RequirePermission(view);
        m.MapPost("/sessions/{id:guid}/invitations", (Guid id, InvitationsHandler h, CancellationToken ct) => h.InviteAsync(id, ct)).RequirePermission(manage);
        m.MapPut("/sessions/{id:guid}/attendance", (Guid id, AttendanceInput i, SessionsHandler h, CancellationToken ct) => h.RecordAttendanceAsync(id, i, ct))
            .RequirePermission(manage);

        m.MapGet("/reports", (int? year, ReportsHandler h, CancellationToken ct) => h.GetAsync(year, ct)).RequirePermission(view);
        m.MapGet("/reports/{kind}.csv", async (string kind, int? year, ReportExport e, CancellationToken ct) =>
                await e.ExportAsync(kind, year, ct) is { } file ? Results.File(file.Content, "text/csv; charset=utf-8", file.FileName) : Results.NotFound())
            .RequirePermission(view);
    }
}
