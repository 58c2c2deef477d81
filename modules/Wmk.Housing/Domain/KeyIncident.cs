using System.Text.Json.Serialization;
using Wmk.Kernel.Data;

namespace Wmk.Housing.Domain;

/// <summary>A lost, forgotten or replaced key of a resident's contract, and who paid for a new key.</summary>
internal sealed class KeyIncident : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid UnitId { get; set; }

    public Guid ContractId { get; set; }

    public Guid ResidentId { get; set; }

    public DateOnly Date { get; set; }

    public KeyIncidentKind Kind { get; set; }

    public KeyPayer? PaidBy { get; set; }

    /// <summary>The price of the new key (cents), when one was paid.</summary>
    public decimal? Amount { get; set; }

    public string? Notes { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<KeyIncidentKind>))]
internal enum KeyIncidentKind
{
    Lost = 1,
    Forgotten = 2,
    Replaced = 3,
}

[JsonConverter(typeof(JsonStringEnumConverter<KeyPayer>))]
internal enum KeyPayer
{
    Resident = 1,
    Organisation = 2,
    TechnicalManager = 3,
}
