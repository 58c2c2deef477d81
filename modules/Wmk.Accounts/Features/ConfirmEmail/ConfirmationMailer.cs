using Microsoft.AspNetCore.Identity;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.Mail;

namespace Wmk.Accounts.Features.ConfirmEmail;

/// <summary>Sends the link that confirms an account's e-mail address.</summary>
internal sealed class ConfirmationMailer(UserManager<Account> users, AccountMails mails)
{
    public async Task SendAsync(Account account, CancellationToken ct)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(account);
        var link = mails.Link("/account/confirm-email?token=" + LinkToken.Encode(account.Id, token));
        await mails.SendToAccountAsync(AccountMails.ConfirmEmail, new { Link = link }, account, ct);
    }
}
