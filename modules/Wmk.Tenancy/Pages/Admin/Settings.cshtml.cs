using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;
using Wmk.Tenancy.Features.Settings;

namespace Wmk.Tenancy.Pages.Admin;

[Permission(TenancyPermissions.ManageOrganisation)]
internal sealed class SettingsModel(TenantSettingsHandler handler, IStringLocalizerFactory localizers) : PageModel
{
    public IReadOnlyList<TenantSettingView> Settings { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        Settings = await handler.ListAsync(ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(string name, string? value, bool reset, CancellationToken ct)
    {
        try
        {
            var current = (await handler.ListAsync(ct)).SingleOrDefault(s => s.Name == name);
            if (reset || !(current is { IsSecret: true } && string.IsNullOrEmpty(value)))
            {
                await handler.SetAsync(name, new TenantSettingChange(reset ? null : value), ct);
            }

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
