using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Features.Branding;
using Wmk.Tenancy.Features.ManageTenant;
using Wmk.Tenancy.Features.OwnDatabase;

namespace Wmk.Tenancy.Pages.Host.Tenants;

[Permission(TenancyPermissions.ManageTenants)]
internal sealed class ManageModel(
    TenantDetailsQuery details, ITenantAdministration tenants, UpdateBrandingHandler branding, SetOwnDatabaseHandler database,
    IStringLocalizerFactory localizers) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = string.Empty;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Color { get; set; }

    public TenantDetails Tenant { get; private set; } = null!;

    public IReadOnlyList<TenantModuleState> Modules { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        Tenant = await details.GetAsync(Slug, ct);
        Modules = await tenants.ListModulesAsync(Slug, ct);
    }

    public Task<IActionResult> OnPostModulesAsync(string[] enabled, CancellationToken ct) => RunAsync(async () =>
    {
        foreach (var module in (await tenants.ListModulesAsync(Slug, ct)).Where(m => m.CanBeDisabled))
        {
            var wanted = enabled.Contains(module.Name, StringComparer.Ordinal);
            if (wanted != module.Enabled)
            {
                await tenants.SetModuleAsync(Slug, module.Name, wanted, ct);
            }
        }
    }, ct);

    public Task<IActionResult> OnPostBrandingAsync(CancellationToken ct) => RunAsync(async () =>
        await branding.UpdateAsync((await details.GetAsync(Slug, ct)).Id, Name ?? string.Empty, Color, ct), ct);

    public Task<IActionResult> OnPostLogoAsync(IFormFile? logo, CancellationToken ct) => RunAsync(async () =>
    {
        var id = (await details.GetAsync(Slug, ct)).Id;
        await using var stream = logo?.OpenReadStream() ?? Stream.Null;
        await branding.SetLogoAsync(id, stream, ct);
    }, ct);

    public Task<IActionResult> OnPostDatabaseAsync(string? connectionString, CancellationToken ct) =>
        RunAsync(() => database.HandleAsync(Slug, connectionString, ct), ct);

    private async Task<IActionResult> RunAsync(Func<Task> change, CancellationToken ct)
    {
        try
        {
            await change();
            return RedirectToPage(new { slug = Slug, saved = true });
        }
        catch (Exception ex) when (ErrorMessages.For(ex, localizers) is { } messages)
        {
            Errors = messages;
            await OnGetAsync(false, ct);
            return Page();
        }
    }
}
