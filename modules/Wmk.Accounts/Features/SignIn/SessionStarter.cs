using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Wmk.Accounts.Domain;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Accounts.Features.SignIn;

/// <summary>
/// Issues the session cookie once the account is authenticated: in the organisation of the URL, or its only one, or
/// (several) none yet so that it picks one, or the host side for operators.
/// </summary>
internal sealed class SessionStarter(SignInManager<Account> signIn, SessionClaims sessions, ICurrentTenant currentTenant, SignInAudit audit)
{
    public async Task<SignInOutcome> StartAsync(Account account, bool multiFactor, CancellationToken ct)
    {
        var memberships = await sessions.MembershipsAsync(account.Id, ct);
        var chosen = currentTenant.Id is { } urlTenant
            ? memberships.SingleOrDefault(m => m.Tenant.Id == urlTenant)
            : memberships.Count == 1 ? memberships[0] : null;
        if (chosen is null)
        {
            if (!currentTenant.IsAvailable && (memberships.Count > 1 || account.IsHostAdmin))
            {
                await signIn.SignInWithClaimsAsync(account, isPersistent: false, [Method(multiFactor)]);
                return memberships.Count > 1 ? SignInOutcome.ChooseOrganisation : SignInOutcome.Success;
            }

            await audit.RecordAsync(AuditAction.SignInFailed, account.Id, "no-membership", ct);
            return SignInOutcome.NoMembership;
        }

        var claims = await sessions.ForTenantAsync(account, chosen.Tenant.Id, ct) ?? [];
        return await IssueAsync(account, chosen.Tenant.Id, claims, multiFactor, ct);
    }

    /// <summary>Re-issues the session in another of the account's organisations; false when it is no active member there.</summary>
    public async Task<SignInOutcome?> SwitchAsync(Account account, Guid tenantId, bool multiFactor, CancellationToken ct)
    {
        var claims = await sessions.ForTenantAsync(account, tenantId, ct);
        return claims is null ? null : await IssueAsync(account, tenantId, claims, multiFactor, ct);
    }

    private async Task<SignInOutcome> IssueAsync(Account account, Guid tenantId, List<Claim> claims, bool multiFactor, CancellationToken ct)
    {
        claims.Add(Method(multiFactor));
        await signIn.SignInWithClaimsAsync(account, isPersistent: false, claims);
        await audit.RecordAsync(tenantId, AuditAction.SignIn, account.Id, multiFactor ? "mfa" : null, ct);
        return claims.Any(c => c.Type == AccountsClaims.TwoFactorSetupRequired) ? SignInOutcome.SetUpTwoFactor : SignInOutcome.Success;
    }

    private static Claim Method(bool multiFactor) => new(AccountsClaims.Method, multiFactor ? "mfa" : "pwd");
}
