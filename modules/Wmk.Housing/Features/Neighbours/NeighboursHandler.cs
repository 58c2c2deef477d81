using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Housing.Features.Shared;
using Wmk.Kernel.Localization;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Neighbours;

/// <summary>The contact log with the neighbours of a building (the unit's address) and its hallway poster.</summary>
internal sealed class NeighboursHandler(
    HousingDbContext db, PartnerScope scope, TimeProvider clock, IBrandingProvider branding, IStringLocalizer<HousingResource> texts)
{
    public async Task<NeighboursView> ListAsync(Guid unitId, CancellationToken ct)
    {
        var building = (await scope.UnitAsync(unitId, ct)).Address;
        var rows = await db.NeighbourContacts.AsNoTracking().Where(n => n.Building == building).OrderByDescending(n => n.Date).ToListAsync(ct);
        return new NeighboursView(building, [.. rows.Select(NeighbourContactView.Of)]);
    }

    public async Task<NeighbourContactView> RecordAsync(Guid unitId, NeighbourContactInput input, CancellationToken ct)
    {
        var building = (await scope.UnitAsync(unitId, ct)).Address;
        var notes = Text.Clean(input.Notes);
        var errors = new List<RuleError>();
        errors.NotInFuture(input.Date, clock.Today());
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(new("Neighbour:KindRequired"));
        }

        if (notes is { Length: > 2000 })
        {
            errors.Add(new("FollowUp:NotesTooLong", 2000));
        }

        errors.ThrowIfAny(texts);
        var contact = new NeighbourContact { Building = building, Date = input.Date, Kind = input.Kind, Notes = notes };
        db.NeighbourContacts.Add(contact);
        await db.SaveChangesAsync(ct);
        return NeighbourContactView.Of(contact);
    }

    public async Task<PosterView> PosterAsync(Guid unitId, CancellationToken ct)
    {
        var building = (await scope.UnitAsync(unitId, ct)).Address;
        var brand = await branding.GetAsync(ct);
        return new PosterView(building, brand.Name, brand.ContactPhone, brand.ContactEmail, brand.LogoUrl);
    }
}
