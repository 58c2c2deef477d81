using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Features.SignIn;
using Wmk.Accounts.Features.TwoFactor;
using Wmk.Kernel.Web.Security;

namespace Wmk.Accounts.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(WmkRateLimits.SignIn)]
internal sealed class LoginTwoFactorModel(TwoFactorSignInHandler handler, IStringLocalizer<AccountsResource> texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken ct)
    {
        if (await handler.HandleAsync(code, ct) is not { } outcome)
        {
            Error = texts["TwoFactor:SignInAgain"];
            return Page();
        }

        if (SignInRedirects.For(outcome, ReturnUrl, Url.IsLocalUrl) is { } target)
        {
            return LocalRedirect(target);
        }

        Error = texts[outcome == SignInOutcome.Failed ? "TwoFactor:WrongCode" : SignInRedirects.MessageKey(outcome)];
        return Page();
    }
}
