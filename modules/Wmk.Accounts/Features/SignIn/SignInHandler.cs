using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wmk.Accounts.Data;
using Wmk.Accounts.Domain;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;

namespace Wmk.Accounts.Features.SignIn;

internal enum SignInOutcome
{
    Success,
    Failed,
    LockedOut,
    NoMembership,
}

/// <summary>
/// Checks the password (with lockout) and signs in to the organisation of the URL, or to the account's only
/// organisation, or on the host side for operators. Failures never tell whether the account exists.
/// </summary>
internal sealed class SignInHandler(
    SignInManager<Account> signIn, UserManager<Account> users, AccountsDbContext db, ICurrentTenant currentTenant)
{
    public async Task<SignInOutcome> HandleAsync(string email, string password, CancellationToken ct)
    {
        var account = await users.FindByEmailAsync(email.Trim());
        if (account is null || account.IsDisabled)
        {
            return SignInOutcome.Failed;
        }

        var check = await signIn.CheckPasswordSignInAsync(account, password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return SignInOutcome.LockedOut;
        }

        if (!check.Succeeded)
        {
            return SignInOutcome.Failed;
        }

        var claims = await TenantClaimsAsync(account, ct);
        if (claims is null)
        {
            return SignInOutcome.NoMembership;
        }

        await signIn.SignInWithClaimsAsync(account, isPersistent: false, claims);
        return SignInOutcome.Success;
    }

    private async Task<List<Claim>?> TenantClaimsAsync(Account account, CancellationToken ct)
    {
        var memberships = await db.Memberships.IgnoreQueryFilters([Kernel.Data.TenantModel.FilterName])
            .Where(m => m.AccountId == account.Id && m.IsActive)
            .Select(m => new { m.TenantId, Roles = m.Roles.Select(r => r.RoleName).ToList() })
            .ToListAsync(ct);
        var chosen = currentTenant.Id is { } urlTenant
            ? memberships.SingleOrDefault(m => m.TenantId == urlTenant)
            : memberships.Count == 1 ? memberships[0] : null;
        if (chosen is null)
        {
            return account.IsHostAdmin && !currentTenant.IsAvailable ? [] : null;
        }

        return [new Claim(WmkClaims.Tenant, chosen.TenantId.ToString()), .. chosen.Roles.Select(r => new Claim(WmkClaims.Role, r))];
    }
}
