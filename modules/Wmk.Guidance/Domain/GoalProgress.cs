using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

/// <summary>What a held conversation said about one goal.</summary>
internal sealed class GoalProgress : ICounselledRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid GoalId { get; set; }

    public Guid ConversationId { get; set; }

    /// <summary>Copied from the resident for the counsellor filter.</summary>
    public Guid? CounsellorAccountId { get; set; }

    public required string Text { get; set; }
}
