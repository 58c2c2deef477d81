using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wmk.Accounts.Data;
using Wmk.Kernel.Security;

namespace Wmk.Accounts.Features.Members;

/// <summary>Active members of the current tenant for other modules; disabled accounts and inactive memberships are not found.</summary>
internal sealed class MemberDirectory(AccountsDbContext db, ILookupNormalizer normalizer) : IMemberDirectory
{
    public async Task<MemberInfo?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalized = normalizer.NormalizeEmail(email.Trim());
        var id = await db.Accounts.AsNoTracking().Where(a => a.NormalizedEmail == normalized).Select(a => (Guid?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : (await FindByIdsAsync([id.Value], cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<MemberInfo>> FindByIdsAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken = default)
    {
        var ids = accountIds.ToList();
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.IsActive && ids.Contains(m.AccountId))
            .Select(m => new { m.AccountId, Roles = m.Roles.Select(r => r.RoleName).ToList() }).ToListAsync(cancellationToken);
        var members = memberships.Select(m => m.AccountId).ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => members.Contains(a.Id) && !a.IsDisabled)
            .Select(a => new { a.Id, a.Email, a.DisplayName }).ToListAsync(cancellationToken);
        return [.. accounts.Select(a => new MemberInfo(a.Id, a.Email ?? string.Empty, a.DisplayName,
            memberships.Where(m => m.AccountId == a.Id).SelectMany(m => m.Roles).Distinct().Order(StringComparer.Ordinal).ToList()))];
    }
}
