using Microsoft.AspNetCore.Identity;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.Mail;

namespace Wmk.Accounts.Features.ConfirmEmail;

/// <summary>Confirms an address from the mailed link, and sends the link again on request (without revealing accounts).</summary>
internal sealed class ConfirmEmailHandler(UserManager<Account> users, ConfirmationMailer mailer)
{
    public async Task<bool> ConfirmAsync(string? token)
    {
        if (LinkToken.Decode(token) is not { } parts || await users.FindByIdAsync(parts.AccountId.ToString()) is not { } account)
        {
            return false;
        }

        return account.EmailConfirmed || (await users.ConfirmEmailAsync(account, parts.Token)).Succeeded;
    }

    public async Task SendAgainAsync(string? email, CancellationToken ct)
    {
        var account = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (account is { EmailConfirmed: false, IsDisabled: false })
        {
            await mailer.SendAsync(account, ct);
        }
    }
}
