using System.Text.Json.Serialization;
using Wmk.Kernel.Data;

namespace Wmk.Housing.Domain;

/// <summary>The technical manager's monthly safety check of a unit.</summary>
internal sealed class Inspection : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid UnitId { get; set; }

    public DateOnly Date { get; set; }

    public SafetyResult Result { get; set; }

    public string? Remarks { get; set; }
}

/// <summary>The outcome of the safety checklist.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SafetyResult>))]
internal enum SafetyResult
{
    Ok = 1,
    Remarks = 2,
    Unsafe = 3,
}
