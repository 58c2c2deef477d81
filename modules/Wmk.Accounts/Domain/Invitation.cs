using Wmk.Kernel.Data;

namespace Wmk.Accounts.Domain;

/// <summary>An invitation by e-mail to join the organisation with roles; only a hash of its token is stored.</summary>
internal sealed class Invitation : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    /// <summary>The address, trimmed and in lower case.</summary>
    public required string Email { get; set; }

    /// <summary>Role names, comma separated.</summary>
    public required string Roles { get; set; }

    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public Guid? InvitedBy { get; set; }

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
