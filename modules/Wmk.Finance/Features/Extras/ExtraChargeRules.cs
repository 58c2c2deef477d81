using Wmk.Finance.Domain;
using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.Extras;

/// <summary>A new extra charge on a contract (damage, cleaning, key, energy settlement, other).</summary>
/// <param name="Amount">Positive: the resident owes it; negative only for an energy settlement in the resident's favour.</param>
internal sealed record ExtraChargeInput(Guid ContractId, ExtraChargeKind Kind, DateOnly On, decimal Amount, string? Description);

internal sealed record ExtraChargeView(
    Guid Id, Guid ContractId, Guid ResidentId, string ResidentName, ExtraChargeKind Kind, DateOnly On, decimal Amount, string Description)
{
    public static ExtraChargeView Of(ExtraCharge c) => new(c.Id, c.ContractId, c.ResidentId, c.ResidentName, c.Kind, c.On, c.Amount, c.Description);
}

/// <summary>The rules of an extra charge; every broken rule is reported at once.</summary>
internal static class ExtraChargeRules
{
    /// <summary>No single extra charge or credit is above this (a typing error, not a damage bill).</summary>
    public const decimal Maximum = 10_000m;

    public const int DescriptionLength = 500;

    /// <param name="contractStart">The contract's first day: nothing is charged before it.</param>
    /// <param name="today">An extra charge is not dated more than a month ahead.</param>
    public static List<RuleError> Check(ExtraChargeInput input, DateOnly contractStart, DateOnly today)
    {
        var errors = new List<RuleError>();
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(new("Extra:KindRequired"));
        }

        var amount = Money.Cents(input.Amount);
        if (amount == 0m)
        {
            errors.Add(new("Extra:AmountZero"));
        }
        else if (Math.Abs(amount) > Maximum)
        {
            errors.Add(new("Extra:AmountTooHigh", Maximum.ToString("N2", Wmk.Kernel.Localization.WmkCultures.Dutch)));
        }
        else if (amount < 0m && input.Kind != ExtraChargeKind.EnergySettlement)
        {
            errors.Add(new("Extra:NegativeOnlySettlement"));
        }

        var description = Text.Clean(input.Description);
        if (description is null)
        {
            errors.Add(new("Extra:DescriptionRequired"));
        }
        else if (description.Length > DescriptionLength)
        {
            errors.Add(new("Extra:DescriptionTooLong", DescriptionLength));
        }

        if (input.On < contractStart)
        {
            errors.Add(new("Extra:BeforeStart", contractStart));
        }
        else if (input.On > today.AddMonths(1))
        {
            errors.Add(new("Extra:TooFarAhead", today.AddMonths(1)));
        }

        return errors;
    }
}
