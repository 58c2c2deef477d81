using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Housing.Features.PartnerUsers;

/// <summary>Lists, links and unlinks the portal users of the tenant's partners; a link needs a member with the partner's role.</summary>
internal sealed class PartnerUsersHandler(HousingDbContext db, IMemberDirectory members, IStringLocalizer<HousingResource> texts)
{
    public async Task<IReadOnlyList<PartnerUserView>> ListAsync(Guid? partnerId, CancellationToken ct)
    {
        if (partnerId is { } id)
        {
            await FindPartnerAsync(id, ct);
        }

        var links = await db.PartnerUsers.AsNoTracking().Where(p => partnerId == null || p.PartnerId == partnerId).ToListAsync(ct);
        var known = (await members.FindByIdsAsync([.. links.Select(l => l.AccountId).Distinct()], ct)).ToDictionary(m => m.AccountId);
        return [.. links.Select(l => new PartnerUserView(l.PartnerId, l.AccountId, known.GetValueOrDefault(l.AccountId)?.Email,
            known.GetValueOrDefault(l.AccountId)?.DisplayName)).OrderBy(v => v.Email ?? "~", StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<PartnerUserView> AddAsync(Guid partnerId, PartnerUserInput input, CancellationToken ct)
    {
        var partner = await FindPartnerAsync(partnerId, ct);
        var email = Text.Clean(input.Email);
        var member = email is { Length: <= 256 } ? await members.FindByEmailAsync(email, ct) : null;
        var role = partner.Kind == PartnerKind.HousingCompany ? WmkRoles.HousingCompany : WmkRoles.TechnicalManager;
        var errors = new List<RuleError>();
        if (member is null)
        {
            errors.Add(new("PartnerUser:NotAMember"));
        }
        else if (!member.Roles.Contains(role))
        {
            errors.Add(new("PartnerUser:RoleMissing:" + partner.Kind));
        }
        else if (await db.PartnerUsers.AnyAsync(p => p.PartnerId == partnerId && p.AccountId == member.AccountId, ct))
        {
            errors.Add(new("PartnerUser:AlreadyLinked"));
        }

        errors.ThrowIfAny(texts);
        db.PartnerUsers.Add(new PartnerUser { PartnerId = partnerId, AccountId = member!.AccountId });
        await db.SaveChangesAsync(ct);
        return new PartnerUserView(partnerId, member.AccountId, member.Email, member.DisplayName);
    }

    public async Task RemoveAsync(Guid partnerId, Guid accountId, CancellationToken ct)
    {
        var link = await db.PartnerUsers.SingleOrDefaultAsync(p => p.PartnerId == partnerId && p.AccountId == accountId, ct)
            ?? throw new NotFoundException(typeof(HousingResource), "PartnerUser:NotFound");
        db.PartnerUsers.Remove(link);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Partner> FindPartnerAsync(Guid id, CancellationToken ct) =>
        await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new NotFoundException(typeof(HousingResource), "Partner:NotFound");
}
