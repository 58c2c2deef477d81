using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Features.Branding;
using Wmk.Tenancy.Features.Organisation;

namespace Wmk.Tenancy.Pages.Admin;

[Permission(TenancyPermissions.ManageOrganisation)]
internal sealed class OrganisationModel(
    OrganisationHandler handler, UpdateBrandingHandler branding, ICurrentTenant tenant, IStringLocalizerFactory localizers) : PageModel
{
    public OrganisationProfile Profile { get; private set; } = null!;

    public OrganisationUpdate? Input { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        Profile = await handler.GetAsync(ct);
    }

    public Task<IActionResult> OnPostProfileAsync(OrganisationUpdate input, CancellationToken ct)
    {
        Input = input;
        return RunAsync(() => handler.UpdateAsync(input, ct), ct);
    }

    public Task<IActionResult> OnPostLogoAsync(IFormFile? logo, CancellationToken ct) => RunAsync(async () =>
    {
        await using var stream = logo?.OpenReadStream() ?? Stream.Null;
        await branding.SetLogoAsync(tenant.GetRequiredId(), stream, ct);
    }, ct);

    public Task<IActionResult> OnPostRemoveLogoAsync(CancellationToken ct) =>
        RunAsync(() => branding.RemoveLogoAsync(tenant.GetRequiredId(), ct), ct);

    private async Task<IActionResult> RunAsync(Func<Task> change, CancellationToken ct)
    {
        try
        {
            await change();
            return RedirectToPage(new { saved = true });
        }
        catch (Exception ex) when (ErrorMessages.For(ex, localizers) is { } messages)
        {
            Errors = messages;
            await OnGetAsync(false, ct);
            return Page();
        }
    }
}
