using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Tenancy.Features.ManageModules;

/// <summary>Body of PUT /api/v1/host/tenants/{slug}/modules/{module}.</summary>
internal sealed record ModuleSwitch(bool Enabled);

internal static class TenantModulesEndpoint
{
    public static void MapTenantModules(this RouteGroupBuilder tenants)
    {
        tenants.MapGet("/{slug}/modules/{module}", async (string slug, string module, ITenantAdministration admin, CancellationToken ct) =>
        {
            var all = await admin.ListModulesAsync(slug, ct);
            return all.SingleOrDefault(m => string.Equals(m.Name, module, StringComparison.OrdinalIgnoreCase))
                ?? throw new NotFoundException(typeof(TenancyResource), "Module:Unknown", module, string.Join(", ", all.Select(m => m.Name)));
        });
        tenants.MapGet("/{slug}/modules", (string slug, ITenantAdministration admin, CancellationToken ct) => admin.ListModulesAsync(slug, ct));
        tenants.MapPut("/{slug}/modules/{module}", async (string slug, string module, ModuleSwitch body, ITenantAdministration admin, CancellationToken ct) =>
        {
            await admin.SetModuleAsync(slug, module, body.Enabled, ct);
            return TypedResults.NoContent();
        });
    }
}
