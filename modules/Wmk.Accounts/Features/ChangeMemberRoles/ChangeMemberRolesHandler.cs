using Microsoft.EntityFrameworkCore;
using Wmk.Accounts.Data;
using Wmk.Accounts.Features.ListMembers;
using Wmk.Accounts.Features.Members;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;

namespace Wmk.Accounts.Features.ChangeMemberRoles;

/// <summary>
/// Replaces a member's roles. Roles ride in the member's session; the security-stamp check (every minute) reads them
/// again, so the change reaches open sessions within a minute without signing the member out of other organisations.
/// </summary>
internal sealed class ChangeMemberRolesHandler(
    AccountsDbContext db, MemberRoles roles, UserManagersGuard guard, ListMembersHandler members, IAuditLog audit)
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
        roles.Replace(membership, wanted);
        await db.SaveChangesAsync(ct);

        await audit.RecordAsync(AuditAction.PermissionChange, "Membership", id, "roles=" + string.Join(',', wanted), ct);
        return await members.GetAsync(id, ct);
    }
}
