using System.Text.Json.Serialization;
using Wmk.Kernel.Data;

namespace Wmk.Housing.Domain;

/// <summary>A meter index read on a day; a replacement reading is the first index of a new meter.</summary>
internal sealed class MeterReading : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid UnitId { get; set; }

    public MeterKind Kind { get; set; }

    public DateOnly Date { get; set; }

    public decimal Value { get; set; }

    public bool IsReplacement { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<MeterKind>))]
internal enum MeterKind
{
    Electricity = 1,
    Gas = 2,
    Water = 3,
}
