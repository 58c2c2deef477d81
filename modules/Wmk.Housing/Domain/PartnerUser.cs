using Wmk.Kernel.Data;

namespace Wmk.Housing.Domain;

/// <summary>A portal user of a partner: a member of the tenant who works for this housing company or technical manager.</summary>
internal sealed class PartnerUser : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid PartnerId { get; set; }

    public Guid AccountId { get; set; }
}
