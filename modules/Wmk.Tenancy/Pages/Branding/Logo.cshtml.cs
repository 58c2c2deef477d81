using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Data;

namespace Wmk.Tenancy.Pages.Branding;

/// <summary>The current organisation's logo, for the layout; 404 on the host side or when there is none.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class LogoModel(TenancyDbContext db, ICurrentTenant tenant) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (tenant.Id is not { } id)
        {
            return NotFound();
        }

        var logo = await db.Tenants.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new { t.Logo, t.LogoContentType }).SingleOrDefaultAsync(ct);
        if (logo?.Logo is null || logo.LogoContentType is null)
        {
            return NotFound();
        }

        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexString(SHA256.HashData(logo.Logo))[..32]}\"");
        Response.Headers.CacheControl = "private, max-age=300";
        Response.Headers.XContentTypeOptions = "nosniff";
        return new FileContentResult(logo.Logo, logo.LogoContentType) { EntityTag = tag };
    }
}
