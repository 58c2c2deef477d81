using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Partners;

/// <summary>Lists, adds and changes the tenant's housing companies and technical managers.</summary>
internal sealed class PartnersHandler(HousingDbContext db, PartnerScope scope, IStringLocalizer<HousingResource> texts)
{
    public async Task<IReadOnlyList<PartnerView>> ListAsync(CancellationToken ct) =>
        await (await scope.PartnersAsync(ct)).OrderBy(p => p.Kind).ThenBy(p => p.Name)
            .Select(p => new PartnerView(p.Id, p.Kind, p.Name, p.HousingStock, p.ContactName, p.ContactEmail, p.ContactPhone))
            .ToListAsync(ct);

    public Task<PartnerView> AddAsync(PartnerInput input, CancellationToken ct) => SaveAsync(null, input, ct);

    public Task<PartnerView> UpdateAsync(Guid id, PartnerInput input, CancellationToken ct) => SaveAsync(id, input, ct);

    private async Task<PartnerView> SaveAsync(Guid? id, PartnerInput input, CancellationToken ct)
    {
        input.Validate().ThrowIfAny(texts);
        var row = id is null ? null : await db.Partners.SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException(typeof(HousingResource), "Partner:NotFound");
        if (row is null)
        {
            row = new Partner { Name = string.Empty, Kind = input.Kind };
            db.Partners.Add(row);
        }
        else if (row.Kind != input.Kind)
        {
            throw new BusinessRuleException(typeof(HousingResource), "Partner:KindFixed");
        }

        row.Name = Text.Clean(input.Name)!;
        row.HousingStock = input.Kind == PartnerKind.HousingCompany ? input.HousingStock : null;
        (row.ContactName, row.ContactEmail, row.ContactPhone) =
            (Text.Clean(input.ContactName), Text.Clean(input.ContactEmail), Text.Clean(input.ContactPhone));
        await db.SaveChangesAsync(ct);
        return new PartnerView(row.Id, row.Kind, row.Name, row.HousingStock, row.ContactName, row.ContactEmail, row.ContactPhone);
    }
}
