using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Features.SignIn;
using Wmk.Kernel.Web.Security;

namespace Wmk.Accounts.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(WmkRateLimits.SignIn)]
internal sealed class LoginModel : PageModel
{
    private readonly SignInHandler handler;
    private readonly IStringLocalizer<AccountsResource> texts;

    public LoginModel(SignInHandler handler, IStringLocalizer<AccountsResource> texts)
    {
        this.handler = handler;
        this.texts = texts;
    }

    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Email, Password, ct);
        if (outcome == SignInOutcome.Success)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "~/");
        }

        Error = texts[outcome switch
        {
            SignInOutcome.LockedOut => "SignIn:LockedOut",
            SignInOutcome.NoMembership => "SignIn:NoMembership",
            _ => "SignIn:Failed",
        }];
        return Page();
    }
}
