using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Wmk.Accounts.Data;
using Wmk.Accounts.Features.ListMembers;
using Wmk.Accounts.Features.Members;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Accounts.Features.DeactivateMember;

/// <summary>Ends a membership (kept for the audit trail); the member's next request in this organisation is refused.</summary>
internal sealed class DeactivateMemberHandler(
    AccountsDbContext db, UserManagersGuard guard, ListMembersHandler members, IAuditLog audit, IMemoryCache cache, ICurrentTenant tenant)
{
    public async Task<MemberView> HandleAsync(Guid id, CancellationToken ct)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == id, ct)
            ?? throw new NotFoundException(typeof(AccountsResource), "Members:NotFound");
        if (membership.IsActive)
        {
            await guard.EnsureSomeoneManagesUsersAsync(new ManagerChange(MembershipId: id, Roles: []), ct);
            membership.IsActive = false;
            await db.SaveChangesAsync(ct);
            cache.Remove(MembershipValidator.CacheKey(tenant.GetRequiredId(), membership.AccountId));
            await audit.RecordAsync(AuditAction.Update, "Membership", id, "active=false", ct);
        }

        return await members.GetAsync(id, ct);
    }
}
