using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Wmk.Accounts.Features.ResetPassword;
using Wmk.Kernel.Web.Security;

namespace Wmk.Accounts.Pages.Account;

/// <summary>Asks for a reset link; always answers the same, whether the account exists or not.</summary>
[AllowAnonymous]
[EnableRateLimiting(WmkRateLimits.PasswordReset)]
internal sealed class ForgotModel(ForgotPasswordHandler handler) : PageModel
{
    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? email, CancellationToken ct)
    {
        await handler.HandleAsync(email, ct);
        Sent = true;
        return Page();
    }
}
