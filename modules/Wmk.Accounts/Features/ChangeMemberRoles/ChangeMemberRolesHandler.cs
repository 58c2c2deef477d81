using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wmk.Accounts.Data;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.ListMembers;
using Wmk.Accounts.Features.Members;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;

namespace Wmk.Accounts.Features.ChangeMemberRoles;

/// <summary>
/// Replaces a member's roles. Roles live in the member's session, so when roles are taken away the account's
/// security stamp changes: its sessions end within the stamp-validation interval and the next sign-in has the new roles.
/// </summary>
internal sealed class ChangeMemberRolesHandler(
    AccountsDbContext db, MemberRoles roles, UserManagersGuard guard, UserManager<Account> users, ListMembersHandler members, IAuditLog audit)
{
    public async Task<MemberView> HandleAsync(Guid id, MemberRolesChange change, CancellationToken ct)
    {
        var membership = await db.Memberships.Include(m => m.Roles).SingleOrDefaultAsync(m => m.Id == id, ct)
            ?? throw new NotFoundException(typeof(AccountsResource), "Members:NotFound");
        var errors = new List<string>();
        var wanted = await roles.ValidateAsync(change.Roles, errors, ct);
        if (errors.Count > 0)
        {
            throw new InvalidRequestException(errors);
        }

        await guard.EnsureSomeoneManagesUsersAsync(new ManagerChange(MembershipId: id, Roles: membership.IsActive ? wanted : []), ct);
        var removed = roles.Replace(membership, wanted);
        await db.SaveChangesAsync(ct);
        if (removed.Count > 0 && await users.FindByIdAsync(membership.AccountId.ToString()) is { } account)
        {
            await users.UpdateSecurityStampAsync(account);
        }

        await audit.RecordAsync(AuditAction.PermissionChange, "Membership", id, "roles=" + string.Join(',', wanted), ct);
        return await members.GetAsync(id, ct);
    }
}
