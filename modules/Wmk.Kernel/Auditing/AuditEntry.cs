using Wmk.Kernel.Data;

namespace Wmk.Kernel.Auditing;

/// <summary>
/// One line of a tenant's audit trail: who did what to which record, when. Append-only: the kernel refuses to
/// update or delete it. Holds ids and a short note, never personal data.
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    /// <summary>The entry's id.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <inheritdoc />
    public Guid TenantId { get; set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTime At { get; set; }

    /// <summary>The account that acted; null for the system (jobs) or an anonymous caller.</summary>
    public Guid? UserId { get; set; }

    /// <summary>What was done.</summary>
    public AuditAction Action { get; set; }

    /// <summary>The kind of record, e.g. "Resident".</summary>
    public required string EntityType { get; set; }

    /// <summary>The record's id.</summary>
    public string? EntityId { get; set; }

    /// <summary>A short note without personal data, e.g. "tab=finance".</summary>
    public string? Details { get; set; }
}
