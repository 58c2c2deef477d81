using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Housing.Features.Shared;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Keys;

/// <summary>Records key incidents per contract and flags residents with three incidents within six months.</summary>
internal sealed class KeysHandler(
    HousingDbContext db, PartnerScope scope, TimeProvider clock, IAuditLog audit, IStringLocalizer<HousingResource> texts)
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
        var flags = await FlagsOfResidentsAsync([.. residents.Select(r => r.ResidentId).Distinct()], ct);
        return [.. flags.Select(f => new KeyFlag(f.ResidentId, residents.First(r => r.ResidentId == f.ResidentId).ResidentName, f.FlaggedOn, f.Incidents))];
    }

    /// <summary>The flags of these residents, counting their incidents on every unit.</summary>
    public async Task<IReadOnlyList<(Guid ResidentId, DateOnly FlaggedOn, int Incidents)>> FlagsOfResidentsAsync(
        IReadOnlyCollection<Guid> residentIds, CancellationToken ct)
    {
        var days = await db.KeyIncidents.AsNoTracking().Where(k => residentIds.Contains(k.ResidentId))
            .Select(k => new { k.ResidentId, k.Date }).ToListAsync(ct);
        return [.. days.GroupBy(d => d.ResidentId)
            .Select(g => (Id: g.Key, On: KeyRules.FlaggedOn(g.Select(d => d.Date)), Count: g.Count()))
            .Where(f => f.On is not null)
            .Select(f => (f.Id, f.On!.Value, f.Count))];
    }

    public async Task<KeyIncidentView> RecordAsync(Guid unitId, KeyIncidentInput input, CancellationToken ct)
    {
        await scope.UnitAsync(unitId, ct);
        var incident = new KeyIncident { UnitId = unitId };
        await ApplyAsync(incident, input, ct);
        db.KeyIncidents.Add(incident);
        await db.SaveChangesAsync(ct);
        return KeyIncidentView.Of(incident);
    }

    /// <summary>Corrects an incident under the same rules as on entry (the contract must be one of the unit's).</summary>
    public async Task<KeyIncidentView> CorrectAsync(Guid unitId, Guid id, KeyIncidentInput input, CancellationToken ct)
    {
        var incident = await FindAsync(unitId, id, ct);
        await ApplyAsync(incident, input, ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Update, nameof(KeyIncident), id, $"unit={unitId}", ct);
        return KeyIncidentView.Of(incident);
    }

    public async Task RemoveAsync(Guid unitId, Guid id, CancellationToken ct)
    {
        db.KeyIncidents.Remove(await FindAsync(unitId, id, ct));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Delete, nameof(KeyIncident), id, $"unit={unitId}", ct);
    }

    private async Task<KeyIncident> FindAsync(Guid unitId, Guid id, CancellationToken ct)
    {
        await scope.UnitAsync(unitId, ct);
        return await db.KeyIncidents.SingleOrDefaultAsync(k => k.Id == id && k.UnitId == unitId, ct) ?? throw FollowUp.NotFound();
    }

    private async Task ApplyAsync(KeyIncident incident, KeyIncidentInput input, CancellationToken ct)
    {
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == input.ContractId && c.UnitId == incident.UnitId, ct)
            ?? throw new NotFoundException(typeof(HousingResource), "Contract:NotFound");
        KeyRules.Check(input, clock.Today()).ThrowIfAny(texts);
        (incident.ContractId, incident.ResidentId, incident.Date, incident.Kind) = (contract.Id, contract.ResidentId, input.Date, input.Kind);
        (incident.PaidBy, incident.Amount, incident.Notes) = (input.PaidBy, input.Amount is { } a ? Money.Cents(a) : null, Text.Clean(input.Notes));
    }
}
