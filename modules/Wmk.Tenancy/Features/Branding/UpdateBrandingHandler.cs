using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Data;
using Wmk.Tenancy.Domain;

namespace Wmk.Tenancy.Features.Branding;

/// <summary>Changes a tenant's name (operators only), colour and logo; the theme sees it on the next request.</summary>
internal sealed class UpdateBrandingHandler(
    TenancyDbContext db, TenantStore store, TenantCache tenants, IMemoryCache cache, IStringLocalizer<TenancyResource> texts)
{
    /// <summary>Sets the colour (empty: the default) and, when given, the name.</summary>
    public async Task UpdateAsync(Guid tenantId, string? name, string? color, CancellationToken ct)
    {
        var errors = new List<string>();
        name = name?.Trim();
        if (name is not null && (name.Length == 0 || name.Length > 200))
        {
            errors.Add(texts["Tenant:NameRequired"]);
        }

        color = Normalize(color, errors);
        if (errors.Count > 0)
        {
            throw new InvalidRequestException(errors);
        }

        var tenant = await FindAsync(tenantId, ct);
        tenant.Name = name ?? tenant.Name;
        tenant.PrimaryColor = color;
        await SaveAsync(tenant, ct);
    }

    /// <summary>Stores a PNG or JPEG logo of at most 512 KB.</summary>
    public async Task SetLogoAsync(Guid tenantId, Stream content, CancellationToken ct)
    {
        var bytes = await ReadAtMostAsync(content, BrandingRules.MaxLogoBytes + 1, ct);
        if (bytes.Length == 0 || bytes.Length > BrandingRules.MaxLogoBytes)
        {
            throw new InvalidRequestException([texts["Branding:LogoSize", BrandingRules.MaxLogoBytes / 1024]]);
        }

        var type = BrandingRules.SniffImageType(bytes) ?? throw new InvalidRequestException([texts["Branding:LogoType"]]);
        var tenant = await FindAsync(tenantId, ct);
        tenant.Logo = bytes;
        tenant.LogoContentType = type;
        await SaveAsync(tenant, ct);
    }

    /// <summary>Removes the logo.</summary>
    public async Task RemoveLogoAsync(Guid tenantId, CancellationToken ct)
    {
        var tenant = await FindAsync(tenantId, ct);
        tenant.Logo = null;
        tenant.LogoContentType = null;
        await SaveAsync(tenant, ct);
    }

    internal string? Normalize(string? color, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(color))
        {
            return null;
        }

        color = color.Trim();
        if (!BrandingRules.IsValidColor(color))
        {
            errors.Add(texts["Branding:ColorInvalid"]);
        }

        return color.ToLowerInvariant();
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream content, int limit, CancellationToken ct)
    {
        var buffer = new byte[limit];
        var total = 0;
        int read;
        while (total < limit && (read = await content.ReadAsync(buffer.AsMemory(total, limit - total), ct)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }

    private async Task<Tenant> FindAsync(Guid tenantId, CancellationToken ct) =>
        await db.Tenants.SingleOrDefaultAsync(t => t.Id == tenantId, ct)
        ?? throw new NotFoundException(typeof(TenancyResource), "Tenant:NotFound", tenantId);

    private async Task SaveAsync(Tenant tenant, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        cache.Remove(BrandingProvider.CacheKey(tenant.Id));
        tenants.Invalidate(store.ToInfo(tenant));
    }
}
