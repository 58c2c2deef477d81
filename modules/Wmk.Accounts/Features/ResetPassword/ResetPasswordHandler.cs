using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.Mail;
using Wmk.Accounts.Features.SignIn;
using Wmk.Kernel.Auditing;

namespace Wmk.Accounts.Features.ResetPassword;

/// <summary>
/// Sets a new password from a mailed link. The link works once (the reset changes the security stamp the token is
/// bound to, which also ends the account's other sessions) and for 2 hours. Returns the messages; empty: done.
/// </summary>
internal sealed class ResetPasswordHandler(UserManager<Account> users, SignInAudit audit, IStringLocalizer<AccountsResource> texts)
{
    /// <summary>Whether the link can still be used (so the page can say so before a password is typed).</summary>
    public async Task<bool> IsUsableAsync(string? token) =>
        LinkToken.Decode(token) is { } parts
        && await users.FindByIdAsync(parts.AccountId.ToString()) is { IsDisabled: false } account
        && await users.VerifyUserTokenAsync(account, users.Options.Tokens.PasswordResetTokenProvider, UserManager<Account>.ResetPasswordTokenPurpose, parts.Token);

    public async Task<IReadOnlyList<string>> HandleAsync(string? token, string? password, string? repeat, CancellationToken ct)
    {
        if (LinkToken.Decode(token) is not { } parts || await users.FindByIdAsync(parts.AccountId.ToString()) is not { IsDisabled: false } account)
        {
            return [texts["Reset:LinkInvalid"]];
        }

        if (!string.Equals(password, repeat, StringComparison.Ordinal))
        {
            return [texts["Password:Mismatch"]];
        }

        var result = await users.ResetPasswordAsync(account, parts.Token, password ?? string.Empty);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? [texts["Reset:LinkInvalid"]]
                : PasswordMessages.For(result.Errors, texts);
        }

        if (!account.EmailConfirmed)
        {
            account.EmailConfirmed = true;
            await users.UpdateAsync(account);
        }

        await audit.RecordAsync(AuditAction.Update, account.Id, "password-reset", ct);
        return [];
    }
}
