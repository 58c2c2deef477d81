using Wmk.Kernel.Data;

namespace Wmk.Accounts.Domain;

/// <summary>
/// An OAuth client of one organisation: its tokens carry this tenant and role; the protocol data (secret hash,
/// redirect URIs, permissions) lives in OpenIddict's application row with the same client id.
/// </summary>
internal sealed class ApiClient : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public required string ClientId { get; set; }

    public required string Role { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }
}
