using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Tenancy.Features.DisableTenant;

internal static class SetTenantActiveEndpoint
{
    public static void MapSetTenantActive(this RouteGroupBuilder tenants)
    {
        tenants.MapPost("/{slug}/disable", (string slug, ITenantAdministration admin, CancellationToken ct) => SetAsync(admin, slug, false, ct));
        tenants.MapPost("/{slug}/enable", (string slug, ITenantAdministration admin, CancellationToken ct) => SetAsync(admin, slug, true, ct));
    }

    private static async Task<IResult> SetAsync(ITenantAdministration admin, string slug, bool active, CancellationToken ct)
    {
        var tenant = await admin.SetActiveAsync(slug, active, ct);
        return TypedResults.Ok(new { tenant.Slug, tenant.IsActive });
    }
}
