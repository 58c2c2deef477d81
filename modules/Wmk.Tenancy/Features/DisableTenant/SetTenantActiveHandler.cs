using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Data;

namespace Wmk.Tenancy.Features.DisableTenant;

/// <summary>Disables (or re-enables) a tenant; its users get a 403 and its jobs stop at once on this host.</summary>
internal sealed class SetTenantActiveHandler(TenancyDbContext db, TenantStore store, TenantCache cache)
{
    public async Task<TenantInfo> HandleAsync(string slug, bool active, CancellationToken ct)
    {
        var lower = slug.Trim().ToLowerInvariant();
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Slug == lower, ct)
            ?? throw new NotFoundException(typeof(TenancyResource), "Tenant:NotFound", slug);
        tenant.IsActive = active;
        await db.SaveChangesAsync(ct);
        var info = store.ToInfo(tenant);
        cache.Invalidate(info);
        return info;
    }
}
