using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Features.ConfirmEmail;
using Wmk.Accounts.Features.SignIn;
using Wmk.Kernel.Web.Security;

namespace Wmk.Accounts.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(WmkRateLimits.SignIn)]
internal sealed class LoginModel(SignInHandler handler, ConfirmEmailHandler confirmation, IStringLocalizer<AccountsResource> texts) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public string? Notice { get; private set; }

    public bool OfferConfirmation { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Email, Password, ct);
        if (SignInRedirects.For(outcome, ReturnUrl, Url.IsLocalUrl) is { } target)
        {
            return LocalRedirect(target);
        }

        Error = texts[SignInRedirects.MessageKey(outcome)];
        OfferConfirmation = outcome == SignInOutcome.NotConfirmed;
        return Page();
    }

    public async Task<IActionResult> OnPostSendConfirmationAsync(CancellationToken ct)
    {
        await confirmation.SendAgainAsync(Email, ct);
        Notice = texts["Confirm:SentAgain"];
        return Page();
    }
}
