using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Housing.Features.Shared;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Inspections;

/// <summary>
/// Records and lists the technical manager's monthly safety checks of a unit; every change sets the unit's
/// under-inspection flag from the latest check (<see cref="InspectionRules.UnderInspection"/>).
/// </summary>
internal sealed class InspectionsHandler(
    HousingDbContext db, PartnerScope scope, TimeProvider clock, IAuditLog audit, IStringLocalizer<HousingResource> texts)
{
    public async Task<IReadOnlyList<InspectionView>> ListAsync(Guid unitId, CancellationToken ct)
    {
        await scope.UnitAsync(unitId, ct);
        var rows = await db.Inspections.AsNoTracking().Where(i => i.UnitId == unitId).OrderByDescending(i => i.Date).ToListAsync(ct);
        return [.. rows.Select(InspectionView.Of)];
    }

    public async Task<InspectionView> RecordAsync(Guid unitId, InspectionInput input, CancellationToken ct)
    {
        await scope.UnitAsync(unitId, ct);
        InspectionRules.Check(input, clock.Today()).ThrowIfAny(texts);
        var inspection = new Inspection { UnitId = unitId, Date = input.Date, Result = input.Result, Remarks = Text.Clean(input.Remarks) };
        db.Inspections.Add(inspection);
        await SaveWithFlagAsync(unitId, ct);
        return InspectionView.Of(inspection);
    }

    /// <summary>Corrects a check under the same rules as on entry; the unit's flag follows.</summary>
    public async Task<InspectionView> CorrectAsync(Guid unitId, Guid id, InspectionInput input, CancellationToken ct)
    {
        var inspection = await FindAsync(unitId, id, ct);
        InspectionRules.Check(input, clock.Today()).ThrowIfAny(texts);
        (inspection.Date, inspection.Result, inspection.Remarks) = (input.Date, input.Result, Text.Clean(input.Remarks));
        await SaveWithFlagAsync(unitId, ct);
        await audit.RecordAsync(AuditAction.Update, nameof(Inspection), id, $"unit={unitId}", ct);
        return InspectionView.Of(inspection);
    }

    /// <summary>Removes a wrongly entered check; the unit's flag follows the checks that remain.</summary>
    public async Task RemoveAsync(Guid unitId, Guid id, CancellationToken ct)
    {
        db.Inspections.Remove(await FindAsync(unitId, id, ct));
        await SaveWithFlagAsync(unitId, ct);
        await audit.RecordAsync(AuditAction.Delete, nameof(Inspection), id, $"unit={unitId}", ct);
    }

    private async Task<Inspection> FindAsync(Guid unitId, Guid id, CancellationToken ct)
    {
        await scope.UnitAsync(unitId, ct);
        return await db.Inspections.SingleOrDefaultAsync(i => i.Id == id && i.UnitId == unitId, ct) ?? throw FollowUp.NotFound();
    }

    /// <summary>Sets the unit's flag from its checks (the pending change included) and saves both at once.</summary>
    private async Task SaveWithFlagAsync(Guid unitId, CancellationToken ct)
    {
        var unit = await db.Units.SingleAsync(u => u.Id == unitId, ct);
        var stored = await db.Inspections.AsNoTracking().Where(i => i.UnitId == unitId).ToListAsync(ct);
        var pending = db.ChangeTracker.Entries<Inspection>().Where(e => e.Entity.UnitId == unitId).ToList();
        var ids = pending.Select(e => e.Entity.Id).ToHashSet();
        var after = stored.Where(i => !ids.Contains(i.Id))
            .Concat(pending.Where(e => e.State != EntityState.Deleted).Select(e => e.Entity));
        unit.UnderInspection = InspectionRules.UnderInspection(unit.UnderInspection, after);
        await db.SaveChangesAsync(ct);
    }
}
