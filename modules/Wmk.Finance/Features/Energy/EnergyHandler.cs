using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Charges;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;
using Wmk.Kernel.Settings;

namespace Wmk.Finance.Features.Energy;

/// <summary>
/// Energy forfaits: each occupied unit's forfait (the latest <see cref="EnergyForfait"/> version, else the unit's own)
/// against the consumption its forfait pays, from the technical manager's monthly readings over the last
/// <c>Finance.EnergyMonths</c> months at the tenant's prices; a forfait off by more than <c>Finance.EnergyThreshold</c>
/// percent is proposed for adjustment until staff accept (a new version from a month) or dismiss it.
/// </summary>
internal sealed class EnergyHandler(
    FinanceDbContext db, IOccupancy occupancy, ISettingProvider settings, ICurrentUser user, IAuditLog audit, TimeProvider clock,
    IStringLocalizer<FinanceResource> texts)
{
    public const decimal MaximumForfait = 10_000m;

    /// <summary>Every occupied unit with consumption, compared for the months up to <paramref name="month"/> (default: last month).</summary>
    public async Task<IReadOnlyList<EnergyUnitView>> UnitsAsync(DateOnly? month, CancellationToken ct) =>
        await CompareAsync(ChargeRules.MonthOf(month ?? clock.Today().AddMonths(-1)), null, ct);

    public async Task<EnergyForfaitView> AcceptAsync(Guid unitId, EnergyAcceptInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var view = await OneAsync(unitId, input.Month, ct);
        var validFrom = ChargeRules.MonthOf(input.ValidFrom);
        var errors = new List<RuleError>();
        if (input.Amount <= 0m || input.Amount > MaximumForfait)
        {
            errors.Add(new("Energy:AmountRange", MaximumForfait.ToString("N2", WmkCultures.Dutch)));
        }

        if (validFrom <= view.Month)
        {
            errors.Add(new("Energy:ValidFromAfterMonth", view.Month.AddMonths(1)));
        }

        errors.ThrowIfAny(texts);
        if (await db.EnergyForfaits.AnyAsync(f => f.UnitId == unitId && f.ValidFrom == validFrom, ct))
        {
            throw new ConflictException(typeof(FinanceResource), "Energy:VersionExists", RuleError.Format(validFrom));
        }

        var forfait = new EnergyForfait { UnitId = unitId, ValidFrom = validFrom, Amount = Money.Cents(input.Amount), CreatedBy = user.Id, CreatedAt = clock.GetUtcNow() };
        db.EnergyForfaits.Add(forfait);
        await DecideAsync(view, EnergyReviewOutcome.Accepted, forfait, ct);
        return EnergyForfaitView.Of(forfait);
    }

    public async Task DismissAsync(Guid unitId, EnergyDismissInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        await DecideAsync(await OneAsync(unitId, input.Month, ct), EnergyReviewOutcome.Dismissed, null, ct);
    }

    /// <summary>The forfait versions of a unit, newest first.</summary>
    public async Task<IReadOnlyList<EnergyForfaitView>> ForfaitsAsync(Guid unitId, CancellationToken ct)
    {
        _ = await occupancy.UnitTermsAsync(unitId, ct) ?? throw new NotFoundException(typeof(FinanceResource), "Unit:NotFound");
        return [.. (await db.EnergyForfaits.AsNoTracking().Where(f => f.UnitId == unitId).ToListAsync(ct)).OrderByDescending(f => f.ValidFrom).Select(EnergyForfaitView.Of)];
    }

    /// <summary>The open proposal of a unit for a month; 404 when the unit has none (unknown, not occupied, no consumption, in line, decided).</summary>
    private async Task<EnergyUnitView> OneAsync(Guid unitId, DateOnly month, CancellationToken ct) =>
        (await CompareAsync(ChargeRules.MonthOf(month), unitId, ct)).SingleOrDefault(v => v.Proposed is not null)
            ?? throw new NotFoundException(typeof(FinanceResource), "Energy:NoProposal");

    private async Task DecideAsync(EnergyUnitView view, EnergyReviewOutcome outcome, EnergyForfait? forfait, CancellationToken ct)
    {
        db.EnergyReviews.Add(new EnergyReview
        {
            UnitId = view.UnitId, Month = view.Month, Outcome = outcome, Forfait = view.Forfait, Estimated = view.Estimated, NewAmount = forfait?.Amount,
            ValidFrom = forfait?.ValidFrom, DecidedBy = user.Id, DecidedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new ConflictException(typeof(FinanceResource), "Energy:AlreadyDecided");
        }

        await audit.RecordAsync(outcome == EnergyReviewOutcome.Accepted ? AuditAction.Create : AuditAction.Update, nameof(EnergyReview), view.UnitId,
            $"month={view.Month:yyyy-MM} outcome={outcome}", ct);
    }

    private async Task<List<EnergyUnitView>> CompareAsync(DateOnly month, Guid? unitId, CancellationToken ct)
    {
        var months = Math.Clamp(await settings.GetIntAsync(FinanceSettings.EnergyMonths, ct), 1, 12);
        var from = month.AddMonths(1 - months);
        var contracts = (await occupancy.ChargeableAsync(from, ChargeRules.LastDayOf(month), null, ct))
            .Where(c => unitId is null || c.Unit.UnitId == unitId).GroupBy(c => c.Unit.UnitId).ToList();
        if (contracts.Count == 0)
        {
            return [];
        }

        var ids = contracts.Select(g => g.Key).ToList();
        var prices = await PricesAsync(ct);
        var consumption = (await occupancy.MeterReadingsAsync(ids, from, ChargeRules.LastDayOf(month), ct)).Where(m => m.InForfait).ToLookup(m => m.UnitId);
        var versions = (await db.EnergyForfaits.AsNoTracking().Where(f => ids.Contains(f.UnitId)).ToListAsync(ct)).ToLookup(f => f.UnitId);
        var decided = await db.EnergyReviews.AsNoTracking().Where(r => r.Month == month && ids.Contains(r.UnitId))
            .ToDictionaryAsync(r => r.UnitId, r => r.Outcome, ct);
        var views = new List<EnergyUnitView>();
        foreach (var unit in contracts)
        {
            var terms = unit.First().Unit;
            var forfait = EnergyRules.ValidIn(versions[unit.Key].Select(v => (v.ValidFrom, v.Amount)), month, terms.Forfait);
            var comparison = EnergyRules.Compare(forfait, consumption[unit.Key].Select(m => (new DateOnly(m.Year, m.Month, 1), m.Kind, m.Consumption)), prices);
            if (comparison is null)
            {
                continue;
            }

            var occupants = terms.Shared ? unit.MaxBy(c => c.Start)!.Occupants : 1;
            var decision = decided.TryGetValue(unit.Key, out var d) ? d : (EnergyReviewOutcome?)null;
            views.Add(new EnergyUnitView(unit.Key, terms.Address, terms.Shared, occupants, month, forfait, EnergyRules.Split(forfait, occupants),
                comparison.Estimated, comparison.DeviationPercent, decision is null ? comparison.Proposed : null, decision));
        }

        return [.. views.OrderByDescending(v => v.Proposed is not null).ThenBy(v => v.Address, StringComparer.CurrentCulture)];
    }

    private async Task<EnergyPrices> PricesAsync(CancellationToken ct) => new(
        new Dictionary<string, decimal>
        {
            ["Electricity"] = await settings.GetDecimalAsync(FinanceSettings.ElectricityPrice, ct),
            ["Gas"] = await settings.GetDecimalAsync(FinanceSettings.GasPrice, ct),
            ["Water"] = await settings.GetDecimalAsync(FinanceSettings.WaterPrice, ct),
        },
        await settings.GetDecimalAsync(FinanceSettings.ForfaitFixedPart, ct),
        await settings.GetIntAsync(FinanceSettings.EnergyThreshold, ct));
}
