using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.Errors;
using Wmk.Tenancy.Data;

namespace Wmk.Tenancy.Features.ManageTenant;

/// <summary>A tenant as the operator's management page shows it (never the connection string itself).</summary>
internal sealed record TenantDetails(Guid Id, string Slug, string Name, bool IsActive, string? PrimaryColor, bool HasLogo, bool HasOwnDatabase);

internal sealed class TenantDetailsQuery(TenancyDbContext db)
{
    public async Task<TenantDetails> GetAsync(string slug, CancellationToken ct)
    {
        var lower = slug.Trim().ToLowerInvariant();
        return await db.Tenants.AsNoTracking().Where(t => t.Slug == lower)
            .Select(t => new TenantDetails(t.Id, t.Slug, t.Name, t.IsActive, t.PrimaryColor, t.Logo != null, t.ProtectedConnectionString != null))
            .SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(typeof(TenancyResource), "Tenant:NotFound", slug);
    }
}
