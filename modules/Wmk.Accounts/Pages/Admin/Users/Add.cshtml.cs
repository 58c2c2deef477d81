using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Features.AddMember;
using Wmk.Accounts.Features.Members;
using Wmk.Accounts.Features.RoleGrants;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;

namespace Wmk.Accounts.Pages.Admin.Users;

[Permission(AccountsPermissions.ManageUsers)]
internal sealed class AddModel(AddMemberHandler add, RoleGrantsHandler roles, IStringLocalizerFactory localizers) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public IReadOnlyList<RoleView> AllRoles { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => AllRoles = await roles.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await add.HandleAsync(new AddMemberRequest(Email, DisplayName, Password, Roles), ct);
            return Redirect("~/admin/users");
        }
        catch (Exception ex) when (ErrorMessages.For(ex, localizers) is { } messages)
        {
            Errors = messages;
            await OnGetAsync(ct);
            return Page();
        }
    }
}
