using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.RentTables;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.Quotes;

internal sealed record QuoteView(Guid UnitId, string Address, int Household, DateOnly On, Guid RentTableId, IReadOnlyList<QuoteLine> Lines, decimal TotalPerPerson);

/// <summary>The monthly amount per person of a unit for a household, on a day (today by default), line by line.</summary>
internal sealed class QuoteHandler(IOccupancy occupancy, RentTablesHandler tables, TimeProvider clock, IStringLocalizer<FinanceResource> texts)
{
    public async Task<QuoteView> QuoteAsync(Guid unitId, int household, DateOnly? on, CancellationToken ct)
    {
        var unit = await occupancy.UnitTermsAsync(unitId, ct) ?? throw new NotFoundException(typeof(FinanceResource), "Unit:NotFound");
        var day = on ?? clock.Today();
        var errors = new List<RuleError>();
        QuoteRules.CheckHousehold(household, unit.Shared, unit.Places, errors);
        errors.ThrowIfAny(texts);
        var table = await tables.ValidOnAsync(unit.HousingCompanyId, day, ct)
            ?? throw new BusinessRuleException(typeof(FinanceResource), "RentTable:None", RuleError.Format(day));
        var lines = QuoteRules.Lines(table.Lines, unit.Bedrooms, unit.Forfait, household, errors);
        errors.ThrowIfAny(texts);
        return new QuoteView(unit.UnitId, unit.Address, household, day, table.Id, lines, lines.Sum(l => l.PerPerson));
    }
}
