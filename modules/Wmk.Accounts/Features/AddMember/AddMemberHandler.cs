using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Data;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.CreateAccount;
using Wmk.Accounts.Features.ListMembers;
using Wmk.Accounts.Features.Members;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Accounts.Features.AddMember;

/// <summary>
/// Makes an account a member of the current organisation with roles: an existing account by its e-mail (its password
/// is not asked), or a new one (then a valid password is needed). A former member is activated again.
/// </summary>
internal sealed class AddMemberHandler(
    AccountsDbContext db, UserManager<Account> users, AccountFactory accounts, MemberRoles roles, ListMembersHandler members,
    IAuditLog audit, IMemoryCache cache, ICurrentTenant tenant, TimeProvider clock, IStringLocalizer<AccountsResource> texts)
{
    public async Task<MemberView> HandleAsync(AddMemberRequest request, CancellationToken ct)
    {
        var tenantId = tenant.GetRequiredId();
        var email = request.Email?.Trim() ?? string.Empty;
        var name = string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim();
        var errors = new List<string>();
        var existing = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (existing is null)
        {
            errors.AddRange(await accounts.ValidateNewAsync(email, request.Password ?? string.Empty));
        }
        else if (await db.Memberships.AnyAsync(m => m.AccountId == existing.Id && m.IsActive, ct))
        {
            errors.Add(texts["Members:AlreadyMember"]);
        }

        if (name is { Length: > 200 })
        {
            errors.Add(texts["Members:NameTooLong"]);
        }

        var wanted = await roles.ValidateAsync(request.Roles, errors, ct);
        if (errors.Count > 0)
        {
            throw new InvalidRequestException(errors);
        }

        Membership membership;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var account = existing ?? await accounts.FindOrCreateAsync(email, request.Password!, displayName: name);
            membership = await db.Memberships.Include(m => m.Roles).SingleOrDefaultAsync(m => m.AccountId == account.Id, ct)
                ?? db.Memberships.Add(new Membership { AccountId = account.Id, CreatedAt = clock.GetUtcNow() }).Entity;
            membership.IsActive = true;
            roles.Replace(membership, wanted);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        cache.Remove(MembershipValidator.CacheKey(tenantId, membership.AccountId));
        await audit.RecordAsync(AuditAction.Create, "Membership", membership.Id, "roles=" + string.Join(',', wanted), ct);
        return await members.GetAsync(membership.Id, ct);
    }
}
