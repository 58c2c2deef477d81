using Wmk.Kernel.Data;

namespace Wmk.Kernel.Outbox;

/// <summary>
/// A message written in the same transaction as the change that caused it, handled later by the drainer
/// inside its tenant. Times are UTC.
/// </summary>
internal sealed class OutboxMessage : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public required string Type { get; set; }

    /// <summary>The payload as JSON.</summary>
    public required string Payload { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Failed attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not before this time; also the lease while a drainer holds the message.</summary>
    public DateTime NextAttemptAt { get; set; }

    public DateTime? ProcessedAt { get; set; }

    /// <summary>Set when the message failed its last allowed attempt (dead letter); ProcessedAt stays null.</summary>
    public DateTime? DeadAt { get; set; }

    public string? LastError { get; set; }
}
