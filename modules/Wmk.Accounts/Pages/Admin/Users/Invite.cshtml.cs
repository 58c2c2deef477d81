using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Features.Invitations;
using Wmk.Accounts.Features.RoleGrants;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;

namespace Wmk.Accounts.Pages.Admin.Users;

[Permission(AccountsPermissions.ManageUsers)]
internal sealed class InviteModel(InviteHandler invite, RoleGrantsHandler roles, IStringLocalizerFactory localizers, IStringLocalizer<AccountsResource> texts)
    : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public IReadOnlyList<RoleView> AllRoles { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => AllRoles = await roles.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await invite.HandleAsync(new InviteRequest(Email, Roles), ct);
            Notice = texts["Invitation:Sent"];
            Email = string.Empty;
            Roles = [];
        }
        catch (Exception ex) when (ErrorMessages.For(ex, localizers) is { } messages)
        {
            Errors = messages;
        }

        await OnGetAsync(ct);
        return Page();
    }
}
