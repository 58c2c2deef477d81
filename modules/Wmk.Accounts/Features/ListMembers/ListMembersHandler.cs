using Microsoft.EntityFrameworkCore;
using Wmk.Accounts.Data;
using Wmk.Accounts.Features.Members;
using Wmk.Kernel.Errors;

namespace Wmk.Accounts.Features.ListMembers;

/// <summary>The organisation's members with their account's name and e-mail.</summary>
internal sealed class ListMembersHandler(AccountsDbContext db)
{
    public async Task<IReadOnlyList<MemberView>> ListAsync(CancellationToken ct) => await QueryAsync(null, ct);

    public async Task<MemberView> GetAsync(Guid id, CancellationToken ct) =>
        (await QueryAsync(id, ct)).SingleOrDefault() ?? throw new NotFoundException(typeof(AccountsResource), "Members:NotFound");

    private async Task<List<MemberView>> QueryAsync(Guid? id, CancellationToken ct)
    {
        var memberships = await db.Memberships.AsNoTracking().Where(m => id == null || m.Id == id)
            .Select(m => new { m.Id, m.AccountId, m.IsActive, Roles = m.Roles.Select(r => r.RoleName).ToList() })
            .ToListAsync(ct);
        var accountIds = memberships.Select(m => m.AccountId).ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .Select(a => new { a.Id, a.DisplayName, a.Email }).ToDictionaryAsync(a => a.Id, ct);
        return memberships
            .Select(m => new MemberView(m.Id, m.AccountId, accounts[m.AccountId].DisplayName, accounts[m.AccountId].Email,
                m.Roles.Order(StringComparer.Ordinal).ToList(), m.IsActive))
            .OrderByDescending(m => m.IsActive).ThenBy(m => m.DisplayName ?? m.Email, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
