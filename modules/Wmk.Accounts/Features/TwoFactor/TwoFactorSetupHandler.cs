using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.SignIn;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Security;

namespace Wmk.Accounts.Features.TwoFactor;

/// <summary>What the set-up page shows: the shared key and its otpauth URI, or that two-factor is on.</summary>
internal sealed record TwoFactorState(bool Enabled, string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft);

/// <summary>
/// Sets up, confirms and disables TOTP two-factor sign-in for the signed-in account. Both changes alter the security
/// stamp, so the session is issued again (in the same organisation, now with its roles when they were held back).
/// </summary>
internal sealed class TwoFactorSetupHandler(UserManager<Account> users, SessionStarter sessions, SignInAudit audit)
{
    private const string Issuer = "Wmk";

    public async Task<TwoFactorState?> StateAsync(ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is not { } account)
        {
            return null;
        }

        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = (await users.GetAuthenticatorKeyAsync(account))!;
        }

        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account.Email!)}" +
            $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
        return new TwoFactorState(account.TwoFactorEnabled, key, uri, account.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(account) : 0);
    }

    /// <summary>Turns two-factor on when the code matches; returns the 10 recovery codes (shown once) or null.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(ClaimsPrincipal principal, string? code, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } account || string.IsNullOrWhiteSpace(code)
            || !await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, code.Replace(" ", string.Empty, StringComparison.Ordinal)))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(account, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 10))!.ToList();
        await ReissueAsync(account, principal, ct);
        await audit.RecordAsync(AuditAction.Update, account.Id, "two-factor-enabled", ct);
        return codes;
    }

    public async Task DisableAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { TwoFactorEnabled: true } account)
        {
            return;
        }

        await users.SetTwoFactorEnabledAsync(account, false);
        await users.ResetAuthenticatorKeyAsync(account);
        await ReissueAsync(account, principal, ct);
        await audit.RecordAsync(AuditAction.Update, account.Id, "two-factor-disabled", ct);
    }

    private async Task ReissueAsync(Account account, ClaimsPrincipal principal, CancellationToken ct)
    {
        var multiFactor = principal.HasClaim(AccountsClaims.Method, "mfa") || account.TwoFactorEnabled;
        if (Guid.TryParse(principal.FindFirstValue(WmkClaims.Tenant), out var tenantId)
            && await sessions.SwitchAsync(account, tenantId, multiFactor, ct) is not null)
        {
            return;
        }

        await sessions.StartAsync(account, multiFactor, ct);
    }
}
