using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Wmk.Accounts.Domain;
using Wmk.Kernel.Auditing;

namespace Wmk.Accounts.Features.SignIn;

internal enum SignInOutcome
{
    Success,
    Failed,
    LockedOut,
    NoMembership,
    NotConfirmed,
    TwoFactorRequired,
    ChooseOrganisation,
    SetUpTwoFactor,
}

/// <summary>
/// Checks the password (with lockout), then asks for the second factor when the account has one, else starts the
/// session. Failures never tell whether the account exists; "not confirmed" only follows a correct password.
/// </summary>
internal sealed class SignInHandler(SignInManager<Account> signIn, UserManager<Account> users, SessionStarter sessions, SignInAudit audit)
{
    public async Task<SignInOutcome> HandleAsync(string email, string password, CancellationToken ct)
    {
        var account = await users.FindByEmailAsync(email.Trim());
        if (account is null || account.IsDisabled)
        {
            await audit.RecordAsync(AuditAction.SignInFailed, account?.Id, "unknown-or-disabled", ct);
            return SignInOutcome.Failed;
        }

        var check = await signIn.CheckPasswordSignInAsync(account, password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            await audit.RecordAsync(AuditAction.SignInFailed, account.Id, check.IsLockedOut ? "locked-out" : "password", ct);
            return check.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
        }

        return await AfterPasswordAsync(account, ct);
    }

    /// <summary>The steps after a correct password: confirmation, second factor, then the session.</summary>
    public async Task<SignInOutcome> AfterPasswordAsync(Account account, CancellationToken ct)
    {
        if (!account.EmailConfirmed)
        {
            await audit.RecordAsync(AuditAction.SignInFailed, account.Id, "not-confirmed", ct);
            return SignInOutcome.NotConfirmed;
        }

        if (account.TwoFactorEnabled)
        {
            var pending = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
            pending.AddClaim(new Claim(ClaimTypes.Name, account.Id.ToString()));
            await signIn.Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(pending));
            return SignInOutcome.TwoFactorRequired;
        }

        return await sessions.StartAsync(account, multiFactor: false, ct);
    }
}
