using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Domain;

namespace Wmk.Tenancy.Data;

internal sealed class TenantStore(TenancyDbContext db, IDataProtectionProvider protection) : ITenantStore
{
    internal const string ConnectionPurpose = "Wmk.Tenancy.ConnectionString";

    public async Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var lower = slug.ToLowerInvariant();
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == lower, cancellationToken);
        return tenant is null ? null : ToInfo(tenant);
    }

    public async Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return tenant is null ? null : ToInfo(tenant);
    }

    public async Task<IReadOnlyList<TenantInfo>> ListActiveAsync(CancellationToken cancellationToken = default) =>
        (await db.Tenants.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Slug).ToListAsync(cancellationToken))
        .Select(ToInfo).ToList();

    internal TenantInfo ToInfo(Tenant tenant) => new(
        tenant.Id,
        tenant.Slug,
        tenant.Name,
        tenant.IsActive,
        tenant.ProtectedConnectionString is null
            ? null
            : protection.CreateProtector(ConnectionPurpose).Unprotect(tenant.ProtectedConnectionString));
}
