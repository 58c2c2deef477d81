using Microsoft.AspNetCore.Builder;
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
        unit.MapGet("/poster", (Guid id, NeighboursHandler h, CancellationToken ct) => h.PosterAsync(id, ct))
            .RequirePermission(HousingPermissions.ViewUnits);
    }
}
