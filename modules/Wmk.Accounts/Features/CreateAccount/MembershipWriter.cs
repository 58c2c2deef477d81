using Microsoft.EntityFrameworkCore;
using Wmk.Accounts.Data;
using Wmk.Accounts.Domain;

namespace Wmk.Accounts.Features.CreateAccount;

/// <summary>Adds an account to the current tenant with roles (or adds the roles it lacks).</summary>
internal sealed class MembershipWriter(AccountsDbContext db, TimeProvider clock)
{
    public async Task<Membership> EnsureAsync(Guid accountId, IEnumerable<string> roles, CancellationToken ct)
    {
        var membership = await db.Memberships.Include(m => m.Roles).SingleOrDefaultAsync(m => m.AccountId == accountId, ct);
        if (membership is null)
        {
            membership = new Membership { AccountId = accountId, CreatedAt = clock.GetUtcNow() };
            db.Memberships.Add(membership);
        }

        foreach (var role in roles.Where(r => membership.Roles.All(x => x.RoleName != r)))
        {
            db.MembershipRoles.Add(new MembershipRole { MembershipId = membership.Id, RoleName = role });
        }

        await db.SaveChangesAsync(ct);
        return membership;
    }
}
