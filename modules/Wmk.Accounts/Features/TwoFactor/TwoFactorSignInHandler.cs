using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.SignIn;
using Wmk.Kernel.Auditing;

namespace Wmk.Accounts.Features.TwoFactor;

/// <summary>
/// The second sign-in step: a 6-digit code from the authenticator app or one of the recovery codes, for the account
/// whose password was checked a moment ago (short-lived cookie). Wrong codes count towards the lockout.
/// </summary>
internal sealed class TwoFactorSignInHandler(
    SignInManager<Account> signIn, UserManager<Account> users, SessionStarter sessions, SignInAudit audit)
{
    /// <summary>Null when no password step is pending (expired or never done).</summary>
    public async Task<SignInOutcome?> HandleAsync(string? code, CancellationToken ct)
    {
        var account = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (account is null || account.IsDisabled)
        {
            return null;
        }

        if (await users.IsLockedOutAsync(account))
        {
            return SignInOutcome.LockedOut;
        }

        var clean = (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        var valid = clean.Length == 6 && clean.All(char.IsAsciiDigit)
            ? await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, clean)
            : clean.Length > 0 && (await users.RedeemTwoFactorRecoveryCodeAsync(account, clean)).Succeeded;
        if (!valid)
        {
            await users.AccessFailedAsync(account);
            var locked = await users.IsLockedOutAsync(account);
            await audit.RecordAsync(AuditAction.SignInFailed, account.Id, locked ? "locked-out" : "second-factor", ct);
            return locked ? SignInOutcome.LockedOut : SignInOutcome.Failed;
        }

        await users.ResetAccessFailedCountAsync(account);
        await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        return await sessions.StartAsync(account, multiFactor: true, ct);
    }
}
