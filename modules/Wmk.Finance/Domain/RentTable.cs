using Wmk.Kernel.Data;

namespace Wmk.Finance.Domain;

/// <summary>One version of a tenant's rent table (for one housing company, or for all when none), valid from a day.</summary>
internal sealed class RentTable : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public required string Name { get; set; }

    public Guid? HousingCompanyId { get; set; }

    public DateOnly ValidFrom { get; set; }

    public List<RentLine> Lines { get; set; } = [];
}
