using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

/// <summary>
/// An interim conversation with the resident and the counsellor: planned (no <see cref="HeldOn"/> yet) or held, with
/// its agenda, attendees and notes. Recording the planned one as held plans the next.
/// </summary>
internal sealed class Conversation : ICounselledRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>Copied from the resident for the counsellor filter.</summary>
    public Guid? CounsellorAccountId { get; set; }

    public ConversationKind Kind { get; set; }

    /// <summary>The day it was planned for (null for an extra conversation recorded afterwards).</summary>
    public DateOnly? PlannedOn { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? Agenda { get; set; }

    public string? Attendees { get; set; }

    public string? Notes { get; set; }

    public Guid? RecordedByAccountId { get; set; }
}
