using Microsoft.AspNetCore.Mvc.RazorPages;
using Wmk.Accounts.Features.RoleGrants;
using Wmk.Kernel.Authorization;

namespace Wmk.Accounts.Pages.Admin.Roles;

[Permission(AccountsPermissions.ManageUsers)]
internal sealed class IndexModel(RoleGrantsHandler handler) : PageModel
{
    public IReadOnlyList<RoleView> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Roles = await handler.ListAsync(ct);
}
