using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Data;

namespace Wmk.Tenancy.Features.Branding;

internal sealed class BrandingProvider(TenancyDbContext db, ICurrentTenant tenant, IMemoryCache cache) : IBrandingProvider
{
    internal const string DefaultColor = "#1d4e89";

    internal static string CacheKey(Guid tenantId) => $"t:{tenantId:N}:branding";

    public async Task<Kernel.MultiTenancy.Branding> GetAsync(CancellationToken cancellationToken = default)
    {
        if (tenant.Id is not { } id)
        {
            return new Kernel.MultiTenancy.Branding("Wmk.Platform", DefaultColor, null);
        }

        return await cache.GetOrCreateAsync(CacheKey(id), async e =>
        {
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            var row = await db.Tenants.AsNoTracking().Where(t => t.Id == id)
                .Select(t => new { t.Name, t.PrimaryColor, HasLogo = t.Logo != null, t.ContactPhone, t.ContactEmail }).SingleAsync(cancellationToken);
            return new Kernel.MultiTenancy.Branding(row.Name, row.PrimaryColor ?? DefaultColor, row.HasLogo ? "~/branding/logo" : null, row.ContactPhone, row.ContactEmail);
        }) ?? throw new InvalidOperationException("Branding cache returned nothing.");
    }
}
