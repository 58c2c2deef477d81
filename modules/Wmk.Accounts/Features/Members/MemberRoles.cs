using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Data;
using Wmk.Accounts.Domain;

namespace Wmk.Accounts.Features.Members;

/// <summary>Checks requested roles against the organisation's roles and writes a membership's roles.</summary>
internal sealed class MemberRoles(AccountsDbContext db, IStringLocalizer<AccountsResource> texts)
{
    public async Task<IReadOnlyList<string>> ValidateAsync(IEnumerable<string>? requested, List<string> errors, CancellationToken ct)
    {
        var wanted = (requested ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            errors.Add(texts["Members:RoleRequired"]);
            return wanted;
        }

        var known = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        errors.AddRange(wanted.Except(known).Select(r => texts["Members:RoleUnknown", r].Value));
        return wanted;
    }

    /// <summary>Replaces the membership's roles; returns the roles it lost.</summary>
    public IReadOnlyList<string> Replace(Membership membership, IReadOnlyList<string> roles)
    {
        // Added through the set, not the navigation: EF would take a child with a preset key for an existing row.
        var removed = membership.Roles.Where(r => !roles.Contains(r.RoleName)).ToList();
        db.MembershipRoles.RemoveRange(removed);
        foreach (var role in roles.Where(r => membership.Roles.All(x => x.RoleName != r)))
        {
            db.MembershipRoles.Add(new MembershipRole { MembershipId = membership.Id, RoleName = role });
        }

        return removed.Select(r => r.RoleName).ToList();
    }
}
