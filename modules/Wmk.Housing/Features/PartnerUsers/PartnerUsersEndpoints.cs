using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Features.PartnerUsers;

/// <summary>The portal users of a partner under /api/v1/housing/partners/{id}/users.</summary>
internal static class PartnerUsersEndpoints
{
    public static void Map(IEndpointRouteBuilder housing)
    {
        var users = housing.MapGroup("/partners/{id:guid}/users").RequirePermission(HousingPermissions.ManageUnits);
        users.MapGet("/", (Guid id, PartnerUsersHandler h, CancellationToken ct) => h.ListAsync(id, ct));
        users.MapPost("/", (Guid id, PartnerUserInput input, PartnerUsersHandler h, CancellationToken ct) => h.AddAsync(id, input, ct));
        users.MapDelete("/{accountId:guid}", async (Guid id, Guid accountId, PartnerUsersHandler h, CancellationToken ct) =>
        {
            await h.RemoveAsync(id, accountId, ct);
            return Results.NoContent();
        });
    }
}
