using Wmk.Kernel.Data;

namespace Wmk.Finance.Domain;

/// <summary>A named line of a rent table: an amount (or the unit's forfait) and how it applies to a shared unit.</summary>
internal sealed class RentLine : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid RentTableId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    /// <summary>The monthly amount for the whole unit (split) or per person; ignored when taken from the unit's forfait.</summary>
    public decimal Amount { get; set; }

    public bool FromUnitForfait { get; set; }

    /// <summary>The line applies only to units with this many bedrooms (null: every unit).</summary>
    public int? Bedrooms { get; set; }

    public LineSharing Sharing { get; set; }

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }
}

/// <summary>How a line applies to a unit with more than one occupant.</summary>
internal enum LineSharing
{
    /// <summary>The unit's amount is divided over the occupants.</summary>
    Split,

    /// <summary>Every occupant pays the amount.</summary>
    PerPerson,
}
