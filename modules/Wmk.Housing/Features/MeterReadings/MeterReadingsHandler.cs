using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Housing.Features.Shared;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.MeterReadings;

/// <summary>Records meter readings under <see cref="MeterRules"/> and derives the consumption per month.</summary>
internal sealed class MeterReadingsHandler(HousingDbContext db, PartnerScope scope, TimeProvider clock, IStringLocalizer<HousingResource> texts)
{
    public async Task<ReadingsView> ListAsync(Guid unitId, CancellationToken ct)
    {
        await scope.UnitAsync(unitId, ct);
        var rows = await db.Readings.AsNoTracking().Where(r => r.UnitId == unitId).ToListAsync(ct);
        var readings = rows.OrderBy(r => r.Kind).ThenByDescending(r => r.Date).Select(ReadingView.Of).ToList();
        return new ReadingsView(unitId, readings, MeterRules.PerMonth(rows));
    }

    public async Task<ReadingView> RecordAsync(Guid unitId, ReadingInput input, CancellationToken ct)
    {
        await scope.UnitAsync(unitId, ct);
        if (!Enum.IsDefined(input.Kind))
        {
            new List<RuleError> { new("Reading:KindRequired") }.ThrowIfAny(texts);
        }

        var reading = new MeterReading
        {
            UnitId = unitId, Kind = input.Kind, Date = input.Date, Value = Math.Round(input.Value, 3), IsReplacement = input.IsReplacement,
        };
        var sameKind = await db.Readings.AsNoTracking().Where(r => r.UnitId == unitId && r.Kind == input.Kind).ToListAsync(ct);
        MeterRules.Check(reading, sameKind, clock.Today()).ThrowIfAny(texts);
        db.Readings.Add(reading);
        await db.SaveChangesAsync(ct);
        return ReadingView.Of(reading);
    }
}
