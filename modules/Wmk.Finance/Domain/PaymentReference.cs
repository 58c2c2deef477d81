using Wmk.Kernel.Data;

namespace Wmk.Finance.Domain;

/// <summary>A contract's Belgian structured communication (12 digits, unique per tenant).</summary>
internal sealed class PaymentReference : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ContractId { get; set; }

    /// <summary>The twelve digits: ten of the number and two check digits.</summary>
    public required string Digits { get; set; }
}
