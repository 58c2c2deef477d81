using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Wmk.Kernel.Authorization;

namespace Wmk.Tenancy.Features.Settings;

internal static class SettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/admin/settings").RequirePermission(TenancyPermissions.ManageOrganisation);
        group.MapGet(string.Empty, (TenantSettingsHandler handler, CancellationToken ct) => handler.ListAsync(ct));
        group.MapPut("/{name}", (string name, TenantSettingChange change, TenantSettingsHandler handler, CancellationToken ct) =>
            handler.SetAsync(name, change, ct));
    }
}
