using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Kernel.Authorization;

namespace Wmk.Tenancy.Features.Organisation;

internal static class OrganisationEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/admin/organisation").RequirePermission(TenancyPermissions.ManageOrganisation);
        group.MapGet(string.Empty, (OrganisationHandler handler, CancellationToken ct) => handler.GetAsync(ct));
        group.MapPut(string.Empty, (OrganisationUpdate update, OrganisationHandler handler, CancellationToken ct) =>
            handler.UpdateAsync(update, ct));
    }
}
