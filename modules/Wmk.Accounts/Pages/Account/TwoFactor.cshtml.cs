using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Features.TwoFactor;

namespace Wmk.Accounts.Pages.Account;

/// <summary>Two-factor set-up: shared key and otpauth URI, confirmation with a code, recovery codes (shown once), disable.</summary>
[Authorize]
internal sealed class TwoFactorModel(TwoFactorSetupHandler handler, IStringLocalizer<AccountsResource> texts) : PageModel
{
    public TwoFactorState State { get; private set; } = null!;

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await handler.StateAsync(User) is not { } state)
        {
            return Challenge();
        }

        State = state;
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(string? code, CancellationToken ct)
    {
        var codes = await handler.EnableAsync(User, code, ct);
        if (codes is null)
        {
            Error = texts["TwoFactor:WrongCode"];
        }
        else
        {
            RecoveryCodes = codes;
            Notice = texts["TwoFactor:Enabled"];
        }

        return await OnGetAsync();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        await handler.DisableAsync(User, ct);
        Notice = texts["TwoFactor:Disabled"];
        return await OnGetAsync();
    }
}
