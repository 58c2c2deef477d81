using System.Text.Json.Serialization;
using Wmk.Kernel.Data;

namespace Wmk.Housing.Domain;

/// <summary>A partner organisation of the tenant in the chain of leases: a housing company or a technical manager.</summary>
internal sealed class Partner : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public PartnerKind Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>A housing company's total housing stock, the base of the 1% cap; null for technical managers.</summary>
    public int? HousingStock { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<PartnerKind>))]
internal enum PartnerKind
{
    HousingCompany = 1,
    TechnicalManager = 2,
}
