using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Features.RoleGrants;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;

namespace Wmk.Accounts.Pages.Admin.Roles;

[Permission(AccountsPermissions.ManageUsers)]
internal sealed class EditModel(RoleGrantsHandler handler, IStringLocalizerFactory localizers) : PageModel
{
    public RoleView Role { get; private set; } = null!;

    public IReadOnlyList<PermissionChoice> Choices { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task OnGetAsync(string name, bool saved, CancellationToken ct)
    {
        Saved = saved;
        Role = await handler.GetAsync(name, ct);
        Choices = handler.Choices(Role);
    }

    public async Task<IActionResult> OnPostAsync(string name, List<string> permissions, CancellationToken ct)
    {
        try
        {
            await handler.SetAsync(name, new RoleGrantsChange(permissions), ct);
            return RedirectToPage(new { name, saved = true });
        }
        catch (Exception ex) when (ex is InvalidRequestException or BusinessRuleException)
        {
            Errors = ErrorMessages.For(ex, localizers)!;
            await OnGetAsync(name, false, ct);
            return Page();
        }
    }
}
