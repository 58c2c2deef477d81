using System.Text.Json.Serialization;
using Wmk.Kernel.Data;

namespace Wmk.Finance.Domain;

/// <summary>
/// A unit's monthly forfait (the advance for water, common parts and the energy the forfait pays) from a month on;
/// versions are never edited: a new amount is a new version. Without any version the unit's own forfait (housing) applies.
/// </summary>
internal sealed class EnergyForfait : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>The first day of the first month the amount applies to.</summary>
    public DateOnly ValidFrom { get; set; }

    public decimal Amount { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>What staff decided on the adjustment proposal of a unit for a reviewed month.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EnergyReviewOutcome>))]
internal enum EnergyReviewOutcome
{
    Accepted,
    Dismissed,
}

/// <summary>
/// A decision on a forfait proposal (unique per unit and reviewed month): accepted (a new <see cref="EnergyForfait"/>
/// was recorded) or dismissed (the proposal is not shown again for that month).
/// </summary>
internal sealed class EnergyReview : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>The last month of the compared consumption (first day).</summary>
    public DateOnly Month { get; set; }

    public EnergyReviewOutcome Outcome { get; set; }

    public decimal Forfait { get; set; }

    /// <summary>The monthly cost of the metered consumption at the tenant's prices.</summary>
    public decimal Estimated { get; set; }

    /// <summary>The new forfait when accepted.</summary>
    public decimal? NewAmount { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public Guid? DecidedBy { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}

/// <summary>A solo resident's energy check (month 1 or 2 of the stay: is the energy contract in their name?) marked done.</summary>
internal sealed class EnergyCheck : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ContractId { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>1 or 2: the month of the stay.</summary>
    public int Number { get; set; }

    /// <summary>Whether the energy contract was found in the resident's name.</summary>
    public bool Transferred { get; set; }

    public DateOnly DoneOn { get; set; }

    public Guid? DoneBy { get; set; }
}
