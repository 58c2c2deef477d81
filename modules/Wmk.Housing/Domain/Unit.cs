using Wmk.Kernel.Data;

namespace Wmk.Housing.Domain;

/// <summary>A dwelling made available by a housing company for a known period.</summary>
internal sealed class Unit : ITenantOwned, IHasConcurrencyStamp
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public required string Address { get; set; }

    public required string District { get; set; }

    public Guid HousingCompanyId { get; set; }

    public Guid TechnicalManagerId { get; set; }

    /// <summary>What the tenant pays the technical manager per month for this unit (cents).</summary>
    public decimal MonthlyFee { get; set; }

    public int Bedrooms { get; set; }

    public int Floor { get; set; }

    public bool HasTerrace { get; set; }

    public bool HasGarden { get; set; }

    public EnergyContract Gas { get; set; }

    public EnergyContract Electricity { get; set; }

    /// <summary>The monthly charges forfait of the unit (cents, never negative).</summary>
    public decimal Forfait { get; set; }

    public DateOnly AvailableFrom { get; set; }

    public DateOnly AvailableUntil { get; set; }

    public AvailabilityEndReason EndReason { get; set; }

    public LettingCategory Category { get; set; }

    public bool IsReserve { get; set; }

    /// <summary>Shared units have one place per bedroom; solo units one place.</summary>
    public bool IsShared { get; set; }

    public bool UnderInspection { get; set; }

    public Certificate Epc { get; set; } = new();

    public Certificate Conformity { get; set; } = new();

    public int Places => IsShared ? Math.Max(Bedrooms, 1) : 1;
}
