using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Features.OAuth.Clients.CreateClient;
using Wmk.Accounts.Features.OAuth.Clients.DeleteClient;
using Wmk.Accounts.Features.OAuth.Clients.ListClients;
using Wmk.Accounts.Features.RoleGrants;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Security;

namespace Wmk.Accounts.Pages.Admin.Clients;

/// <summary>The organisation's API clients: list, create (the secret is shown this once) and delete.</summary>
[Permission(AccountsPermissions.ManageUsers)]
internal sealed class IndexModel(
    ListClientsHandler list, CreateClientHandler create, DeleteClientHandler delete, RoleGrantsHandler roles,
    IStringLocalizerFactory localizers) : PageModel
{
    [BindProperty]
    public string ClientId { get; set; } = string.Empty;

    [BindProperty]
    public string Role { get; set; } = WmkRoles.Coordinator;

    public IReadOnlyList<ClientSummary> Clients { get; private set; } = [];

    public IReadOnlyList<RoleView> AllRoles { get; private set; } = [];

    public CreatedClient? Created { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string RoleText(string role) => roles.RoleText(role);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Clients = await list.HandleAsync(ct);
        AllRoles = await roles.ListAsync(ct);
    }

    public Task<IActionResult> OnPostCreateAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Created = await create.HandleAsync(new CreateClientRequest(ClientId.Trim(), CreateClientHandler.NewSecret(), Role, []), ct);
        ClientId = string.Empty;
    }, ct);

    public Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken ct) => RunAsync(() => delete.HandleAsync(id, ct), ct);

    private async Task<IActionResult> RunAsync(Func<Task> action, CancellationToken ct)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ErrorMessages.For(ex, localizers) is { } messages)
        {
            Errors = messages;
        }

        await OnGetAsync(ct);
        return Page();
    }
}
