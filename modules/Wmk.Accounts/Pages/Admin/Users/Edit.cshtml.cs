using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Features.ChangeMemberRoles;
using Wmk.Accounts.Features.DeactivateMember;
using Wmk.Accounts.Features.ListMembers;
using Wmk.Accounts.Features.Members;
using Wmk.Accounts.Features.RoleGrants;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;

namespace Wmk.Accounts.Pages.Admin.Users;

[Permission(AccountsPermissions.ManageUsers)]
internal sealed class EditModel(
    ListMembersHandler list, ChangeMemberRolesHandler change, DeactivateMemberHandler deactivate, RoleGrantsHandler roles,
    IStringLocalizerFactory localizers) : PageModel
{
    public MemberView Member { get; private set; } = null!;

    public IReadOnlyList<RoleView> AllRoles { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Member = await list.GetAsync(id, ct);
        AllRoles = await roles.ListAsync(ct);
    }

    public Task<IActionResult> OnPostRolesAsync(Guid id, List<string> roles, CancellationToken ct) =>
        RunAsync(id, () => change.HandleAsync(id, new MemberRolesChange(roles), ct), ct);

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => deactivate.HandleAsync(id, ct), ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task> work, CancellationToken ct)
    {
        try
        {
            await work();
            return Redirect("~/admin/users");
        }
        catch (Exception ex) when (ex is InvalidRequestException or BusinessRuleException)
        {
            Errors = ErrorMessages.For(ex, localizers)!;
            await OnGetAsync(id, ct);
            return Page();
        }
    }
}
