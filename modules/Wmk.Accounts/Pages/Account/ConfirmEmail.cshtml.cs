using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wmk.Accounts.Features.ConfirmEmail;

namespace Wmk.Accounts.Pages.Account;

/// <summary>The target of the confirmation link.</summary>
[AllowAnonymous]
internal sealed class ConfirmEmailModel(ConfirmEmailHandler handler) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? token) => Confirmed = await handler.ConfirmAsync(token);
}
