using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Housing.Features.Inspections;
using Wmk.Housing.Features.Keys;
using Wmk.Housing.Features.MeterReadings;
using Wmk.Housing.Features.Neighbours;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Features;

/// <summary>The JSON face of a unit's follow-up: inspections, meter readings, key incidents and neighbours.</summary>
internal static class FollowUpEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var unit = api.MapGroup("/housing/units/{id:guid}");
        unit.MapGet("/inspections", (Guid id, InspectionsHandler h, CancellationToken ct) => h.ListAsync(id, ct))
            .RequirePermission(HousingPermissions.ViewUnits);
        unit.MapPost("/inspections", (Guid id, InspectionInput input, InspectionsHandler h, CancellationToken ct) => h.RecordAsync(id, input, ct))
            .RequirePermission(HousingPermissions.RecordInspections);
        unit.MapGet("/readings", (Guid id, MeterReadingsHandler h, CancellationToken ct) => h.ListAsync(id, ct))
            .RequirePermission(HousingPermissions.ViewUnits);
        unit.MapPost("/readings", (Guid id, ReadingInput input, MeterReadingsHandler h, CancellationToken ct) => h.RecordAsync(id, input, ct))
            .RequirePermission(HousingPermissions.RecordInspections);
        unit.MapGet("/keys", (Guid id, KeysHandler h, CancellationToken ct) => h.ListAsync(id, ct))
            .RequirePermission(HousingPermissions.ManageKeys);
        unit.MapPost("/keys", (Guid id, KeyIncidentInput input, KeysHandler h, CancellationToken ct) => h.RecordAsync(id, input, ct))
            .RequirePermission(HousingPermissions.ManageKeys);
        unit.MapGet("/neighbours", (Guid id, NeighboursHandler h, CancellationToken ct) => h.ListAsync(id, ct))
            .RequirePermission(HousingPermissions.ManageNeighbours);
        unit.MapPost("/neighbours", (Guid id, NeighbourContactInput input, NeighboursHandler h, CancellationToken ct) => h.RecordAsync(id, input, ct))
            .RequirePermission(HousingPermissions.ManageNeighbours);
        MapCorrections<InspectionInput, InspectionsHandler, InspectionView>(unit, "/inspections", HousingPermissions.RecordInspections,
            (h, id, itemId, input, ct) => h.CorrectAsync(id, itemId, input, ct), (h, id, itemId, ct) => h.RemoveAsync(id, itemId, ct));
        MapCorrections<ReadingInput, MeterReadingsHandler, ReadingView>(unit, "/readings", HousingPermissions.RecordInspections,
            (h, id, itemId, input, ct) => h.CorrectAsync(id, itemId, input, ct), (h, id, itemId, ct) => h.RemoveAsync(id, itemId, ct));
        MapCorrections<KeyIncidentInput, KeysHandler, KeyIncidentView>(unit, "/keys", HousingPermissions.ManageKeys,
            (h, id, itemId, input, ct) => h.CorrectAsync(id, itemId, input, ct), (h, id, itemId, ct) => h.RemoveAsync(id, itemId, ct));
        MapCorrections<NeighbourContactInput, NeighboursHandler, NeighbourContactView>(unit, "/neighbours", HousingPermissions.ManageNeighbours,
            (h, id, itemId, input, ct) => h.CorrectAsync(id, itemId, input, ct), (h, id, itemId, ct) => h.RemoveAsync(id, itemId, ct));
        unit.MapGet("/poster", (Guid id, NeighboursHandler h, CancellationToken ct) => h.PosterAsync(id, ct))
            .RequirePermission(HousingPermissions.ViewUnits);
    }

    /// <summary><c>PUT {path}/{itemId}</c> corrects a record (answers it as corrected), <c>DELETE</c> removes it (204).</summary>
    private static void MapCorrections<TInput, THandler, TView>(
        RouteGroupBuilder unit, string path, string permission, Func<THandler, Guid, Guid, TInput, CancellationToken, Task<TView>> correct,
        Func<THandler, Guid, Guid, CancellationToken, Task> remove)
        where THandler : notnull
    {
        unit.MapPut(path + "/{itemId:guid}", (Guid id, Guid itemId, TInput input, THandler h, CancellationToken ct) => correct(h, id, itemId, input, ct))
            .RequirePermission(permission);
        unit.MapDelete(path + "/{itemId:guid}", async (Guid id, Guid itemId, THandler h, CancellationToken ct) =>
        {
            await remove(h, id, itemId, ct);
            return Results.NoContent();
        }).RequirePermission(permission);
    }
}
