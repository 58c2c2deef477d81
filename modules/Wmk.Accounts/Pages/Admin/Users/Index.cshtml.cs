using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Features.DeactivateMember;
using Wmk.Accounts.Features.ListMembers;
using Wmk.Accounts.Features.Members;
using Wmk.Accounts.Features.RoleGrants;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;

namespace Wmk.Accounts.Pages.Admin.Users;

[Permission(AccountsPermissions.ManageUsers)]
internal sealed class IndexModel(
    ListMembersHandler list, DeactivateMemberHandler deactivate, RoleGrantsHandler roles, IStringLocalizerFactory localizers) : PageModel
{
    public IReadOnlyList<MemberView> Members { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string RoleText(string role) => roles.RoleText(role);

    public async Task OnGetAsync(CancellationToken ct) => Members = await list.ListAsync(ct);

    public async Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await deactivate.HandleAsync(id, ct);
            return RedirectToPage();
        }
        catch (Exception ex) when (ErrorMessages.For(ex, localizers) is { } messages)
        {
            Errors = messages;
            await OnGetAsync(ct);
            return Page();
        }
    }
}
