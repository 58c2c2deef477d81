using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Data;
using Wmk.Tenancy.Features.CreateTenant;
using Wmk.Tenancy.Features.DisableTenant;
using Wmk.Tenancy.Features.ManageModules;

namespace Wmk.Tenancy.Features;

internal sealed class TenantAdministration(
    CreateTenantHandler create,
    SetTenantActiveHandler setActive,
    TenantModulesHandler modules,
    TenancyDbContext db,
    TenantStore store) : ITenantAdministration
{
    public Task<TenantInfo> CreateAsync(NewTenantRequest request, CancellationToken cancellationToken = default) =>
        create.HandleAsync(request, cancellationToken);

    public async Task<IReadOnlyList<TenantSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Tenants.AsNoTracking().OrderBy(t => t.Slug).ToListAsync(cancellationToken))
        .Select(t => new TenantSummary(t.Id, t.Slug, t.Name, t.IsActive, t.ProtectedConnectionString is not null, t.CreatedAt))
        .ToList();

    public Task<TenantInfo> SetActiveAsync(string slug, bool active, CancellationToken cancellationToken = default) =>
        setActive.HandleAsync(slug, active, cancellationToken);

    public async Task<IReadOnlyList<TenantModuleState>> ListModulesAsync(string slug, CancellationToken cancellationToken = default) =>
        await modules.ListAsync(await FindAsync(slug, cancellationToken), cancellationToken);

    public async Task SetModuleAsync(string slug, string moduleName, bool enabled, CancellationToken cancellationToken = default) =>
        await modules.SetAsync(await FindAsync(slug, cancellationToken), moduleName, enabled, cancellationToken);

    private async Task<TenantInfo> FindAsync(string slug, CancellationToken ct) =>
        await store.FindBySlugAsync(slug.Trim(), ct) ?? throw new NotFoundException(typeof(TenancyResource), "Tenant:NotFound", slug);
}
