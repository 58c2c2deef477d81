using Microsoft.AspNetCore.Identity;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.Mail;
using Wmk.Accounts.Features.SignIn;
using Wmk.Kernel.Auditing;

namespace Wmk.Accounts.Features.ResetPassword;

/// <summary>Mails a reset link when the account exists; the caller always answers the same, so nothing is revealed.</summary>
internal sealed class ForgotPasswordHandler(UserManager<Account> users, AccountMails mails, SignInAudit audit)
{
    public async Task HandleAsync(string? email, CancellationToken ct)
    {
        var account = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (account is null || account.IsDisabled)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(account);
        var link = mails.Link("/account/reset?token=" + LinkToken.Encode(account.Id, token));
        await mails.SendToAccountAsync(AccountMails.ResetPassword, new { Link = link }, account, ct);
        await audit.RecordAsync(AuditAction.Update, account.Id, "password-reset-requested", ct);
    }
}
