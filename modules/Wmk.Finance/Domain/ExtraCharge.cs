using System.Text.Json.Serialization;
using Wmk.Kernel.Data;

namespace Wmk.Finance.Domain;

/// <summary>What an extra charge is for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExtraChargeKind>))]
internal enum ExtraChargeKind
{
    Damage,
    Cleaning,
    Key,
    EnergySettlement,
    Other,
}

/// <summary>
/// A charge outside the monthly rent (damage, cleaning, a key, an energy settlement). A negative amount is a credit
/// (e.g. an energy settlement in the resident's favour).
/// </summary>
internal sealed class ExtraCharge : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ContractId { get; set; }

    public Guid ResidentId { get; set; }

    public required string ResidentName { get; set; }

    public ExtraChargeKind Kind { get; set; }

    /// <summary>The day it is charged (and due).</summary>
    public DateOnly On { get; set; }

    public decimal Amount { get; set; }

    public required string Description { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
