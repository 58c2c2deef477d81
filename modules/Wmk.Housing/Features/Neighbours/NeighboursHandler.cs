using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Housing.Features.Shared;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Localization;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Neighbours;

/// <summary>The contact log with the neighbours of a building (the unit's address) and its hallway poster.</summary>
internal sealed class NeighboursHandler(
    HousingDbContext db, PartnerScope scope, TimeProvider clock, IBrandingProvider branding, IAuditLog audit, IStringLocalizer<HousingResource> texts)
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
        var contact = new NeighbourContact { Building = building };
        Apply(contact, input);
        db.NeighbourContacts.Add(contact);
        await db.SaveChangesAsync(ct);
        return NeighbourContactView.Of(contact);
    }

    /// <summary>Corrects a contact of the unit's building under the same rules as on entry.</summary>
    public async Task<NeighbourContactView> CorrectAsync(Guid unitId, Guid id, NeighbourContactInput input, CancellationToken ct)
    {
        var contact = await FindAsync(unitId, id, ct);
        Apply(contact, input);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Update, nameof(NeighbourContact), id, $"unit={unitId}", ct);
        return NeighbourContactView.Of(contact);
    }

    public async Task RemoveAsync(Guid unitId, Guid id, CancellationToken ct)
    {
        db.NeighbourContacts.Remove(await FindAsync(unitId, id, ct));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Delete, nameof(NeighbourContact), id, $"unit={unitId}", ct);
    }

    private async Task<NeighbourContact> FindAsync(Guid unitId, Guid id, CancellationToken ct)
    {
        var building = (await scope.UnitAsync(unitId, ct)).Address;
        return await db.NeighbourContacts.SingleOrDefaultAsync(n => n.Id == id && n.Building == building, ct) ?? throw FollowUp.NotFound();
    }

    private void Apply(NeighbourContact contact, NeighbourContactInput input)
    {
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
        (contact.Date, contact.Kind, contact.Notes) = (input.Date, input.Kind, notes);
    }

    public async Task<PosterView> PosterAsync(Guid unitId, CancellationToken ct)
    {
        var building = (await scope.UnitAsync(unitId, ct)).Address;
        var brand = await branding.GetAsync(ct);
        return new PosterView(building, brand.Name, brand.ContactPhone, brand.ContactEmail, brand.LogoUrl);
    }
}
