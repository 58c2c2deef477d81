using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Housing.Features.Shared;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Inspections;

/// <summary>Records and lists the technical manager's monthly safety checks of a unit.</summary>
internal sealed class InspectionsHandler(HousingDbContext db, PartnerScope scope, TimeProvider clock, IStringLocalizer<HousingResource> texts)
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
        var remarks = Text.Clean(input.Remarks);
        var errors = new List<RuleError>();
        errors.NotInFuture(input.Date, clock.Today());
        if (!Enum.IsDefined(input.Result))
        {
            errors.Add(new("Inspection:ResultRequired"));
        }
        else if (input.Result != SafetyResult.Ok && remarks is null)
        {
            errors.Add(new("Inspection:RemarksRequired"));
        }

        if (remarks is { Length: > 2000 })
        {
            errors.Add(new("FollowUp:NotesTooLong", 2000));
        }

        errors.ThrowIfAny(texts);
        var inspection = new Inspection { UnitId = unitId, Date = input.Date, Result = input.Result, Remarks = remarks };
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return InspectionView.Of(inspection);
    }
}
