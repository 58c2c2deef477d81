using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Features.Invitations;
using Wmk.Accounts.Features.SignIn;

namespace Wmk.Accounts.Pages.Account;

/// <summary>The target of an invitation link (under /t/{slug}): sign in with an existing account or choose a password.</summary>
[AllowAnonymous]
internal sealed class AcceptInvitationModel(AcceptInvitationHandler handler, IStringLocalizer<AccountsResource> texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public InvitationLookup Lookup { get; private set; } = new(null, null, false);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Lookup = await handler.LookupAsync(Token, ct);

    public async Task<IActionResult> OnPostExistingAsync(string? password, CancellationToken ct) =>
        await ShowAsync(await handler.AcceptExistingAsync(Token, password, ct), ct);

    public async Task<IActionResult> OnPostNewAsync(string? password, string? repeat, string? displayName, CancellationToken ct) =>
        await ShowAsync(await handler.AcceptNewAsync(Token, password, repeat, displayName, ct), ct);

    private async Task<IActionResult> ShowAsync(AcceptResult result, CancellationToken ct)
    {
        if (result.Outcome is { } outcome)
        {
            if (SignInRedirects.For(outcome, null, Url.IsLocalUrl) is { } target)
            {
                return LocalRedirect(target);
            }

            Errors = [texts[SignInRedirects.MessageKey(outcome)]];
        }
        else
        {
            Errors = result.Errors;
        }

        await OnGetAsync(ct);
        return Page();
    }
}
