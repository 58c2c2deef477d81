using Wmk.Finance.Domain;

namespace Wmk.Finance.Features.Energy;

/// <summary>A unit's forfait against its metered consumption for the months up to <paramref name="Month"/>.</summary>
/// <param name="PerPerson">The forfait split over the occupants to the cent (one share for a solo unit).</param>
/// <param name="Proposed">The proposed new forfait when far off and not yet decided, otherwise null.</param>
/// <param name="Decision">What staff decided for this month, if anything.</param>
internal sealed record EnergyUnitView(
    Guid UnitId, string Address, bool Shared, int Occupants, DateOnly Month, decimal Forfait, IReadOnlyList<decimal> PerPerson, decimal Estimated,
    decimal DeviationPercent, decimal? Proposed, EnergyReviewOutcome? Decision);

/// <summary>Accepting a proposal: the new forfait and the month it applies from.</summary>
internal sealed record EnergyAcceptInput(DateOnly Month, decimal Amount, DateOnly ValidFrom);

/// <summary>Dismissing the proposal of a reviewed month.</summary>
internal sealed record EnergyDismissInput(DateOnly Month);

internal sealed record EnergyForfaitView(Guid UnitId, DateOnly ValidFrom, decimal Amount)
{
    public static EnergyForfaitView Of(EnergyForfait f) => new(f.UnitId, f.ValidFrom, f.Amount);
}

/// <summary>A solo resident's open energy check (month 1 or 2 of the stay).</summary>
internal sealed record EnergyCheckView(Guid ContractId, Guid ResidentId, string ResidentName, string Address, int Number, DateOnly DueOn);

/// <summary>Marking a check done: whether the energy contract is in the resident's name now.</summary>
internal sealed record EnergyCheckInput(Guid ContractId, int Number, bool Transferred);
