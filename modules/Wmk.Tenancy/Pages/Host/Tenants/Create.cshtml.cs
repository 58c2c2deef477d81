using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Tenancy.Pages.Host.Tenants;

[Permission(TenancyPermissions.ManageTenants)]
internal sealed class CreateModel(ITenantAdministration tenants, IStringLocalizerFactory localizers) : PageModel
{
    [BindProperty]
    public string Slug { get; set; } = string.Empty;

    [BindProperty]
    public string Name { get; set; } = string.Empty;

    [BindProperty]
    public string AdminEmail { get; set; } = string.Empty;

    [BindProperty]
    public string AdminPassword { get; set; } = string.Empty;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await tenants.CreateAsync(new NewTenantRequest(Slug ?? string.Empty, Name ?? string.Empty, AdminEmail ?? string.Empty, AdminPassword ?? string.Empty), ct);
            return Redirect("~/host/tenants");
        }
        catch (Exception ex) when (ErrorMessages.For(ex, localizers) is { } messages)
        {
            Errors = messages;
            return Page();
        }
    }
}
