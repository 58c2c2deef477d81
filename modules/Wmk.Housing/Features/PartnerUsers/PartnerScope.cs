using Microsoft.EntityFrameworkCore;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Kernel.Security;

namespace Wmk.Housing.Features.PartnerUsers;

/// <summary>
/// What a partner's portal user may see: a housing-company or technical-manager member without a staff role sees only
/// the units of the partners they are linked to (none without a link), and never residents' names. Staff see everything.
/// </summary>
internal sealed class PartnerScope(HousingDbContext db, ICurrentUser user)
{
    private IReadOnlyList<Guid>? partnerIds;

    /// <summary>True for a partner's portal user: their queries are limited to their partners' units, without personal data.</summary>
    public bool IsRestricted => user.ActsOnlyAs(WmkRoles.HousingCompany, WmkRoles.TechnicalManager);

    /// <summary>The partners the current user is linked to.</summary>
    public async Task<IReadOnlyList<Guid>> PartnerIdsAsync(CancellationToken ct)
    {
        var account = user.Id ?? Guid.Empty;
        return partnerIds ??= await db.PartnerUsers.AsNoTracking().Where(p => p.AccountId == account).Select(p => p.PartnerId).ToListAsync(ct);
    }

    /// <summary>The units the current user may see (untracked).</summary>
    public async Task<IQueryable<Unit>> UnitsAsync(CancellationToken ct)
    {
        var units = db.Units.AsNoTracking();
        if (!IsRestricted)
        {
            return units;
        }

        var ids = await PartnerIdsAsync(ct);
        return units.Where(u => ids.Contains(u.HousingCompanyId) || ids.Contains(u.TechnicalManagerId));
    }

    /// <summary>The partner organisations the current user may see.</summary>
    public async Task<IQueryable<Partner>> PartnersAsync(CancellationToken ct)
    {
        var partners = db.Partners.AsNoTracking();
        if (!IsRestricted)
        {
            return partners;
        }

        var ids = await PartnerIdsAsync(ct);
        return partners.Where(p => ids.Contains(p.Id));
    }

    /// <summary>A resident's name as the current user may see it: null for a partner's portal user.</summary>
    public string? ResidentName(string name) => IsRestricted ? null : name;
}
