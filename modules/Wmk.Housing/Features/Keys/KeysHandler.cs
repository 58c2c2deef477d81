using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Housing.Features.Shared;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Keys;

/// <summary>Records key incidents per contract and flags residents with three incidents within six months.</summary>
internal sealed class KeysHandler(HousingDbContext db, PartnerScope scope, TimeProvider clock, IStringLocalizer<HousingResource> texts)
{
    public async Task<KeysView> ListAsync(Guid unitId, CancellationToken ct)
    {
        await scope.UnitAsync(unitId, ct);
        var rows = await db.KeyIncidents.AsNoTracking().Where(k => k.UnitId == unitId).OrderByDescending(k => k.Date).ToListAsync(ct);
        return new KeysView(unitId, [.. rows.Select(KeyIncidentView.Of)], await FlagsAsync(unitId, ct));
    }

    /// <summary>The flags of the unit's residents (current and past contracts), counting their incidents anywhere.</summary>
    public async Task<IReadOnlyList<KeyFlag>> FlagsAsync(Guid unitId, CancellationToken ct)
    {
        var residents = await db.Contracts.AsNoTracking().Where(c => c.UnitId == unitId)
            .Select(c => new { c.ResidentId, c.ResidentName }).Distinct().ToListAsync(ct);
        var ids = residents.Select(r => r.ResidentId).Distinct().ToList();
        var days = await db.KeyIncidents.AsNoTracking().Where(k => ids.Contains(k.ResidentId))
            .Select(k => new { k.ResidentId, k.Date }).ToListAsync(ct);
        return [.. days.GroupBy(d => d.ResidentId)
            .Select(g => (Id: g.Key, On: KeyRules.FlaggedOn(g.Select(d => d.Date)), Count: g.Count()))
            .Where(f => f.On is not null)
            .Select(f => new KeyFlag(f.Id, residents.First(r => r.ResidentId == f.Id).ResidentName, f.On!.Value, f.Count))];
    }

    public async Task<KeyIncidentView> RecordAsync(Guid unitId, KeyIncidentInput input, CancellationToken ct)
    {
        await scope.UnitAsync(unitId, ct);
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == input.ContractId && c.UnitId == unitId, ct)
            ?? throw new NotFoundException(typeof(HousingResource), "Contract:NotFound");
        KeyRules.Check(input, clock.Today()).ThrowIfAny(texts);
        var incident = new KeyIncident
        {
            UnitId = unitId, ContractId = contract.Id, ResidentId = contract.ResidentId, Date = input.Date, Kind = input.Kind,
            PaidBy = input.PaidBy, Amount = input.Amount is { } a ? Money.Cents(a) : null, Notes = Text.Clean(input.Notes),
        };
        db.KeyIncidents.Add(incident);
        await db.SaveChangesAsync(ct);
        return KeyIncidentView.Of(incident);
    }
}
