using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Housing.Features.Shared;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.MeterReadings;

/// <summary>Records meter readings under <see cref="MeterRules"/> and derives the consumption per month.</summary>
internal sealed class MeterReadingsHandler(
    HousingDbContext db, PartnerScope scope, TimeProvider clock, IAuditLog audit, IStringLocalizer<HousingResource> texts)
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
        var reading = Reading(unitId, input);
        var sameKind = await db.Readings.AsNoTracking().Where(r => r.UnitId == unitId && r.Kind == input.Kind).ToListAsync(ct);
        MeterRules.Check(reading, sameKind, clock.Today()).ThrowIfAny(texts);
        db.Readings.Add(reading);
        await db.SaveChangesAsync(ct);
        return ReadingView.Of(reading);
    }

    /// <summary>Corrects a reading: the corrected one obeys the entry rules, and the series it leaves stays consistent.</summary>
    public async Task<ReadingView> CorrectAsync(Guid unitId, Guid id, ReadingInput input, CancellationToken ct)
    {
        var (reading, others) = await FindAsync(unitId, id, ct);
        var corrected = Reading(unitId, input);
        MeterRules.CheckCorrection(reading, corrected, others, clock.Today()).ThrowIfAny(texts);
        (reading.Kind, reading.Date, reading.Value, reading.IsReplacement) = (corrected.Kind, corrected.Date, corrected.Value, corrected.IsReplacement);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Update, nameof(MeterReading), id, $"unit={unitId}", ct);
        return ReadingView.Of(reading);
    }

    /// <summary>Removes a reading unless the next one would then be lower than the previous one.</summary>
    public async Task RemoveAsync(Guid unitId, Guid id, CancellationToken ct)
    {
        var (reading, others) = await FindAsync(unitId, id, ct);
        MeterRules.CheckRemoval(reading, others).ThrowIfAny(texts);
        db.Readings.Remove(reading);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Delete, nameof(MeterReading), id, $"unit={unitId}", ct);
    }

    private async Task<(MeterReading Reading, List<MeterReading> Others)> FindAsync(Guid unitId, Guid id, CancellationToken ct)
    {
        await scope.UnitAsync(unitId, ct);
        var reading = await db.Readings.SingleOrDefaultAsync(r => r.Id == id && r.UnitId == unitId, ct) ?? throw FollowUp.NotFound();
        return (reading, await db.Readings.AsNoTracking().Where(r => r.UnitId == unitId && r.Id != id).ToListAsync(ct));
    }

    private MeterReading Reading(Guid unitId, ReadingInput input)
    {
        if (!Enum.IsDefined(input.Kind))
        {
            new List<RuleError> { new("Reading:KindRequired") }.ThrowIfAny(texts);
        }

        return new MeterReading
        {
            UnitId = unitId, Kind = input.Kind, Date = input.Date, Value = Math.Round(input.Value, 3), IsReplacement = input.IsReplacement,
        };
    }
}
