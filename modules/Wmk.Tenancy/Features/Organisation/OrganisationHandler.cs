using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Data;
using Wmk.Tenancy.Features.Branding;

namespace Wmk.Tenancy.Features.Organisation;

/// <summary>Reads and changes the current organisation's profile and colour; validates everything before writing.</summary>
internal sealed class OrganisationHandler(
    TenancyDbContext db, ICurrentTenant tenant, UpdateBrandingHandler branding, IMemoryCache cache,
    IStringLocalizer<TenancyResource> texts)
{
    public async Task<OrganisationProfile> GetAsync(CancellationToken ct)
    {
        var id = tenant.GetRequiredId();
        return await db.Tenants.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new OrganisationProfile(t.Name, t.ContactEmail, t.ContactPhone, t.Address, t.Website, t.PrimaryColor, t.Logo != null))
            .SingleAsync(ct);
    }

    public async Task<OrganisationProfile> UpdateAsync(OrganisationUpdate update, CancellationToken ct)
    {
        var id = tenant.GetRequiredId();
        var errors = new List<string>();
        var email = Clean(update.ContactEmail);
        if (email is not null && (email.Length > 256 || !new EmailAddressAttribute().IsValid(email)))
        {
            errors.Add(texts["Organisation:EmailInvalid"]);
        }

        var phone = Clean(update.ContactPhone);
        if (phone is not null && (phone.Length > 30 || !phone.All(c => char.IsAsciiDigit(c) || " +()-/.".Contains(c))))
        {
            errors.Add(texts["Organisation:PhoneInvalid"]);
        }

        var address = Clean(update.Address);
        if (address is not null && address.Length > 500)
        {
            errors.Add(texts["Organisation:AddressTooLong"]);
        }

        var website = Clean(update.Website);
        if (website is not null && (website.Length > 200 || !Uri.TryCreate(website, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            errors.Add(texts["Organisation:WebsiteInvalid"]);
        }

        var color = branding.Normalize(update.PrimaryColor, errors);
        if (errors.Count > 0)
        {
            throw new InvalidRequestException(errors);
        }

        var row = await db.Tenants.SingleAsync(t => t.Id == id, ct);
        (row.ContactEmail, row.ContactPhone, row.Address, row.Website, row.PrimaryColor) = (email, phone, address, website, color);
        await db.SaveChangesAsync(ct);
        cache.Remove(BrandingProvider.CacheKey(id));
        return await GetAsync(ct);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
