using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Domain;

namespace Wmk.Tenancy.Data;

/// <summary>
/// Reads the register of organisations for tenant resolution, jobs, the outbox and migrations: only the columns of
/// <see cref="TenantInfo"/>, never the branding (a logo can be hundreds of kilobytes, and the outbox asks for the active
/// tenants every few seconds).
/// </summary>
internal sealed class TenantStore(TenancyDbContext db, IDataProtectionProvider protection) : ITenantStore
{
    internal const string ConnectionPurpose = "Wmk.Tenancy.ConnectionString";

    private static readonly Expression<Func<Tenant, TenantRow>> Row =
        t => new TenantRow(t.Id, t.Slug, t.Name, t.IsActive, t.ProtectedConnectionString);

    public async Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var lower = slug.ToLowerInvariant();
        var tenant = await db.Tenants.AsNoTracking().Where(t => t.Slug == lower).Select(Row).SingleOrDefaultAsync(cancellationToken);
        return tenant is null ? null : ToInfo(tenant);
    }

    public async Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var tenant = await db.Tenants.AsNoTracking().Where(t => t.Id == id).Select(Row).SingleOrDefaultAsync(cancellationToken);
        return tenant is null ? null : ToInfo(tenant);
    }

    public async Task<IReadOnlyList<TenantInfo>> ListActiveAsync(CancellationToken cancellationToken = default) =>
        (await db.Tenants.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Slug).Select(Row).ToListAsync(cancellationToken))
        .Select(ToInfo).ToList();

    internal TenantInfo ToInfo(Tenant tenant) =>
        ToInfo(new TenantRow(tenant.Id, tenant.Slug, tenant.Name, tenant.IsActive, tenant.ProtectedConnectionString));

    private TenantInfo ToInfo(TenantRow tenant) => new(
        tenant.Id,
        tenant.Slug,
        tenant.Name,
        tenant.IsActive,
        tenant.ProtectedConnectionString is null
            ? null
            : protection.CreateProtector(ConnectionPurpose).Unprotect(tenant.ProtectedConnectionString));

    private sealed record TenantRow(Guid Id, string Slug, string Name, bool IsActive, string? ProtectedConnectionString);
}
