using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Tenancy.Pages.Host.Tenants;

[Permission(TenancyPermissions.ManageTenants)]
internal sealed class IndexModel(ITenantAdministration tenants, IStringLocalizerFactory localizers) : PageModel
{
    public IReadOnlyList<TenantSummary> Tenants { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tenants = await tenants.ListAsync(ct);

    public Task<IActionResult> OnPostDisableAsync(string slug, CancellationToken ct) => SetActiveAsync(slug, false, ct);

    public Task<IActionResult> OnPostEnableAsync(string slug, CancellationToken ct) => SetActiveAsync(slug, true, ct);

    public string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, WmkCultures.Brussels).ToString("d");

    private async Task<IActionResult> SetActiveAsync(string slug, bool active, CancellationToken ct)
    {
        try
        {
            await tenants.SetActiveAsync(slug, active, ct);
            return RedirectToPage();
        }
        catch (WmkException ex)
        {
            Errors = ErrorMessages.For(ex, localizers)!;
            await OnGetAsync(ct);
            return Page();
        }
    }
}
