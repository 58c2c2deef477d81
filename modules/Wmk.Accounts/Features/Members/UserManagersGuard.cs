using Microsoft.EntityFrameworkCore;
using Wmk.Accounts.Data;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;

namespace Wmk.Accounts.Features.Members;

/// <summary>A proposed change: a role's new "manage users" grant, or a membership's new roles (null: deactivated).</summary>
internal sealed record ManagerChange(string? Role = null, bool RoleManagesUsers = false, Guid? MembershipId = null, IReadOnlyList<string>? Roles = null);

/// <summary>Refuses a change after which no active member of the organisation could manage users any more.</summary>
internal sealed class UserManagersGuard(AccountsDbContext db, IPermissionGrantManager grants)
{
    public async Task EnsureSomeoneManagesUsersAsync(ManagerChange change, CancellationToken ct)
    {
        var managing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in await db.Roles.Select(r => r.Name).ToListAsync(ct))
        {
            var manages = role == change.Role
                ? change.RoleManagesUsers
                : (await grants.GetGrantsAsync(role, ct)).Contains(AccountsPermissions.ManageUsers);
            if (manages)
            {
                managing.Add(role);
            }
        }

        var members = await db.Memberships.AsNoTracking().Where(m => m.IsActive)
            .Where(m => db.Accounts.Any(a => a.Id == m.AccountId && !a.IsDisabled))
            .Select(m => new { m.Id, Roles = m.Roles.Select(r => r.RoleName).ToList() })
            .ToListAsync(ct);
        var remains = members.Any(m => (m.Id == change.MembershipId ? change.Roles ?? [] : m.Roles).Any(managing.Contains));
        if (!remains)
        {
            throw new BusinessRuleException(typeof(AccountsResource), "Members:LastManager");
        }
    }
}
