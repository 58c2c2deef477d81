using Wmk.Finance.Domain;
using Wmk.Finance.Features.RentTables;
using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.Quotes;

/// <summary>One line of a quote: the unit's amount and what one person pays of it (cents).</summary>
internal sealed record QuoteLine(string Name, decimal UnitAmount, decimal PerPerson);

/// <summary>
/// The monthly amount per person of a unit for a household: the lines of the table that apply to the unit's bedrooms,
/// the forfait lines taking the unit's forfait (within the line's bounds), split lines divided over the household.
/// </summary>
internal static class QuoteRules
{
    public static IReadOnlyList<QuoteLine> Lines(IEnumerable<RentLineView> table, int bedrooms, decimal forfait, int household, List<RuleError> errors)
    {
        var lines = new List<QuoteLine>();
        foreach (var line in table.Where(l => l.Bedrooms is null || l.Bedrooms == bedrooms))
        {
            var amount = line.FromUnitForfait ? forfait : line.Amount;
            if (!QuoteBounds.Within(amount, line.Minimum, line.Maximum))
            {
                errors.Add(new("Quote:OutOfBounds", line.Name, amount.ToString("N2", System.Globalization.CultureInfo.CurrentCulture),
                    line.Minimum ?? 0m, line.Maximum ?? 0m));
                continue;
            }

            var perPerson = line.Sharing == LineSharing.Split ? amount / Math.Max(household, 1) : amount;
            lines.Add(new QuoteLine(line.Name, amount, Money.Cents(perPerson)));
        }

        return lines;
    }

    /// <summary>The household must fit the unit: one for a solo unit, one up to its places for a shared one.</summary>
    public static void CheckHousehold(int household, bool shared, int places, List<RuleError> errors)
    {
        if (household < 1 || household > (shared ? places : 1))
        {
            errors.Add(new("Quote:HouseholdRange", shared ? places : 1));
        }
    }
}
