using System.Text.Json.Serialization;
using Wmk.Kernel.Data;

namespace Wmk.Housing.Domain;

/// <summary>A contact with the neighbours of a building (its address); no residents' names.</summary>
internal sealed class NeighbourContact : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public required string Building { get; set; }

    public DateOnly Date { get; set; }

    public NeighbourContactKind Kind { get; set; }

    public string? Notes { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<NeighbourContactKind>))]
internal enum NeighbourContactKind
{
    NewOccupancy = 1,
    Complaint = 2,
    Mediation = 3,
}
