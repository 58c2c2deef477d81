using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Data;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.CreateAccount;
using Wmk.Accounts.Features.Members;
using Wmk.Accounts.Features.SignIn;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Accounts.Features.Invitations;

/// <summary>An invitation as its link finds it: usable (then whether the address has an account), or why not.</summary>
internal sealed record InvitationLookup(string? Problem, Invitation? Invitation, bool AccountExists);

/// <summary>What accepting gave: messages to show, or how the sign-in went on.</summary>
internal sealed record AcceptResult(IReadOnlyList<string> Errors, SignInOutcome? Outcome);

/// <summary>
/// Accepts an invitation of the current organisation: an existing account proves itself with its password, a new
/// person chooses one (the account is confirmed: the link came by mail). Either way the membership is made with the
/// invited roles, the invitation is used up and the person is signed in to the organisation.
/// </summary>
internal sealed class AcceptInvitationHandler(
    AccountsDbContext db, UserManager<Account> users, SignInManager<Account> signIn, AccountFactory accounts, MemberRoles roles,
    SignInHandler signInSteps, SessionStarter sessions, SignInAudit audit, IMemoryCache cache, ICurrentTenant tenant,
    TimeProvider clock, IStringLocalizer<AccountsResource> texts)
{
    public async Task<InvitationLookup> LookupAsync(string? token, CancellationToken ct)
    {
        var hash = InvitationTokens.Hash(token);
        var invitation = string.IsNullOrEmpty(token) ? null : await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        var problem = invitation switch
        {
            null or { AcceptedAt: not null } => texts["Invitation:Invalid"].Value,
            _ when invitation.ExpiresAt < clock.GetUtcNow() => texts["Invitation:Expired"].Value,
            _ => null,
        };
        return new InvitationLookup(problem, problem is null ? invitation : null,
            problem is null && await users.FindByEmailAsync(invitation!.Email) is not null);
    }

    public async Task<AcceptResult> AcceptExistingAsync(string? token, string? password, CancellationToken ct)
    {
        var lookup = await LookupAsync(token, ct);
        if (lookup.Invitation is not { } invitation || await users.FindByEmailAsync(invitation.Email) is not { IsDisabled: false } account)
        {
            return new AcceptResult([lookup.Problem ?? texts["Invitation:Invalid"]], null);
        }

        var check = await signIn.CheckPasswordSignInAsync(account, password ?? string.Empty, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            await audit.RecordAsync(AuditAction.SignInFailed, account.Id, "invitation-password", ct);
            return new AcceptResult([texts[check.IsLockedOut ? "SignIn:LockedOut" : "Invitation:WrongPassword"]], null);
        }

        account.EmailConfirmed = true;
        await users.UpdateAsync(account);
        await JoinAsync(invitation, account.Id, ct);
        await AuditAsync(invitation, account.Id, ct);
        return new AcceptResult([], await signInSteps.AfterPasswordAsync(account, ct));
    }

    public async Task<AcceptResult> AcceptNewAsync(string? token, string? password, string? repeat, string? displayName, CancellationToken ct)
    {
        var lookup = await LookupAsync(token, ct);
        if (lookup.Invitation is not { } invitation || lookup.AccountExists)
        {
            return new AcceptResult([lookup.Problem ?? texts["Invitation:Invalid"]], null);
        }

        var errors = new List<string>(await accounts.ValidateNewAsync(invitation.Email, password ?? string.Empty));
        if (!string.Equals(password, repeat, StringComparison.Ordinal))
        {
            errors.Add(texts["Password:Mismatch"]);
        }

        var name = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
        if (name is { Length: > 200 })
        {
            errors.Add(texts["Members:NameTooLong"]);
        }

        if (errors.Count > 0)
        {
            return new AcceptResult(errors, null);
        }

        Account account;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            account = await accounts.FindOrCreateAsync(invitation.Email, password!, displayName: name);
            await JoinAsync(invitation, account.Id, ct);
            await transaction.CommitAsync(ct);
        }

        await AuditAsync(invitation, account.Id, ct);

        return new AcceptResult([], await sessions.StartAsync(account, multiFactor: false, ct));
    }

    private async Task JoinAsync(Invitation invitation, Guid accountId, CancellationToken ct)
    {
        var membership = await db.Memberships.Include(m => m.Roles).SingleOrDefaultAsync(m => m.AccountId == accountId, ct)
            ?? db.Memberships.Add(new Membership { AccountId = accountId, CreatedAt = clock.GetUtcNow(), IsActive = false }).Entity;
        var wanted = membership.IsActive
            ? membership.Roles.Select(r => r.RoleName).Union(invitation.RoleList).ToList()
            : invitation.RoleList.ToList();
        membership.IsActive = true;
        roles.Replace(membership, wanted);
        invitation.AcceptedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        cache.Remove(MembershipValidator.CacheKey(tenant.GetRequiredId(), accountId));
    }

    private Task AuditAsync(Invitation invitation, Guid accountId, CancellationToken ct) =>
        audit.RecordAsync(AuditAction.Update, accountId, $"invitation-accepted {invitation.Id} roles={invitation.Roles}", ct);
}
