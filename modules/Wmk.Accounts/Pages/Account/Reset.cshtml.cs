using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Features.ResetPassword;
using Wmk.Kernel.Web.Security;

namespace Wmk.Accounts.Pages.Account;

/// <summary>Chooses a new password from a mailed link.</summary>
[AllowAnonymous]
[EnableRateLimiting(WmkRateLimits.PasswordReset)]
internal sealed class ResetModel(ResetPasswordHandler handler, IStringLocalizer<AccountsResource> texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Done { get; private set; }

    public bool Usable { get; private set; } = true;

    public async Task OnGetAsync()
    {
        Usable = await handler.IsUsableAsync(Token);
        Errors = Usable ? [] : [texts["Reset:LinkInvalid"]];
    }

    public async Task<IActionResult> OnPostAsync(string? password, string? repeat, CancellationToken ct)
    {
        Errors = await handler.HandleAsync(Token, password, repeat, ct);
        Done = Errors.Count == 0;
        Usable = !Errors.Contains(texts["Reset:LinkInvalid"].Value);
        return Page();
    }
}
