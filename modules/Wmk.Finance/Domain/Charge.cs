using Wmk.Kernel.Data;

namespace Wmk.Finance.Domain;

/// <summary>A contract's charge for one month (unique per contract and month), its lines summing to the total.</summary>
internal sealed class Charge : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ContractId { get; set; }

    public Guid ResidentId { get; set; }

    public required string ResidentName { get; set; }

    /// <summary>The first day of the charged month.</summary>
    public DateOnly Month { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public decimal Total { get; set; }

    public Guid RentTableId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<ChargeLine> Lines { get; set; } = [];
}

/// <summary>One line of a charge, stored with its charge (a JSON column): lines never change apart from their charge.</summary>
internal sealed class ChargeLine
{
    public int Position { get; set; }

    public required string Name { get; set; }

    public decimal Amount { get; set; }
}
