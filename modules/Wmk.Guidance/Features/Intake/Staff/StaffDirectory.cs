using Wmk.Kernel.Security;

namespace Wmk.Guidance.Features.Intake.Staff;

/// <summary>Which accounts are active staff members of the current tenant, and how to name them.</summary>
internal sealed class StaffDirectory(IMemberDirectory members)
{
    /// <summary>The given accounts that are active members with a staff role.</summary>
    public async Task<IReadOnlyCollection<Guid>> ActiveStaffAsync(IEnumerable<Guid?> accountIds, CancellationToken ct)
    {
        var ids = accountIds.OfType<Guid>().Where(id => id != Guid.Empty).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var found = await members.FindByIdsAsync(ids, ct);
        return [.. found.Where(m => m.Roles.Any(WmkRoles.StaffRoles.Contains)).Select(m => m.AccountId)];
    }

    /// <summary>Display names (or e-mails) of these accounts; an account no longer a member shows as a dash.</summary>
    public async Task<Func<Guid, string>> NamesAsync(IEnumerable<Guid> accountIds, CancellationToken ct)
    {
        var ids = accountIds.Distinct().ToList();
        var found = ids.Count == 0 ? [] : await members.FindByIdsAsync(ids, ct);
        return id => found.FirstOrDefault(m => m.AccountId == id) is { } m ? m.DisplayName ?? m.Email : "—";
    }

    /// <summary>The account of a member by e-mail (forms): null when blank, <see cref="Guid.Empty"/> when unknown.</summary>
    public async Task<Guid?> ByEmailAsync(string? email, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(email) ? null
            : await members.FindByEmailAsync(email.Trim(), ct) is { } m ? m.AccountId : Guid.Empty;
}
