using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Tenancy.Features.CreateTenant;

/// <summary>The operator's tenant register as JSON: the same use cases as the host pages.</summary>
internal static class HostTenantEndpoints
{
    public static RouteGroupBuilder MapHostTenants(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/host/tenants").RequirePermission(TenancyPermissions.ManageTenants);
        group.MapGet(string.Empty, (ITenantAdministration tenants, CancellationToken ct) => tenants.ListAsync(ct));
        group.MapPost(string.Empty, async (NewTenantRequest request, ITenantAdministration tenants, CancellationToken ct) =>
        {
            var created = await tenants.CreateAsync(request, ct);
            return TypedResults.Created($"/api/v1/host/tenants/{created.Slug}", new { created.Id, created.Slug, created.Name, created.IsActive });
        });
        return group;
    }
}
