using System.Text.Json.Serialization;
using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

/// <summary>The get-to-know conversation answers the target-group checklist, the intake conversation the intake checklist.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IntakeKind>))]
internal enum IntakeKind
{
    GetToKnow = 1,
    Intake = 2,
}

[JsonConverter(typeof(JsonStringEnumConverter<IntakeOutcome>))]
internal enum IntakeOutcome
{
    Accepted = 1,
    NotAccepted = 2,
    AnotherConversation = 3,
}

/// <summary>The colour of a checklist answer: one red blocks acceptance unless overridden.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnswerColour>))]
internal enum AnswerColour
{
    Green = 1,
    Orange = 2,
    Red = 3,
}

/// <summary>
/// A get-to-know or intake conversation with a candidate, held by two staff members, with its outcome and next step;
/// the override of a red (who, when, why) when a coordinator accepted despite it.
/// </summary>
internal sealed class IntakeConversation : ICounselledRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid CandidateId { get; set; }

    /// <summary>Copied from the candidate for the counsellor filter.</summary>
    public Guid? CounsellorAccountId { get; set; }

    public IntakeKind Kind { get; set; }

    public DateOnly HeldOn { get; set; }

    public Guid FirstStaffAccountId { get; set; }

    public Guid SecondStaffAccountId { get; set; }

    /// <summary>Staff notes (never shown to the counsellor).</summary>
    public string? Notes { get; set; }

    public IntakeOutcome Outcome { get; set; }

    public required string NextStep { get; set; }

    /// <summary>Why the candidate was not accepted (shared with the counsellor).</summary>
    public string? Reason { get; set; }

    public Guid? OverriddenByAccountId { get; set; }

    /// <summary>When the override was recorded (UTC).</summary>
    public DateTime? OverriddenAt { get; set; }

    public string? OverrideReason { get; set; }

    public Guid RecordedByAccountId { get; set; }
}

/// <summary>A checklist answer of a conversation, with the item's wording as it was asked.</summary>
internal sealed class ChecklistAnswer : ICounselledRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ConversationId { get; set; }

    public Guid? CounsellorAccountId { get; set; }

    public Guid ItemId { get; set; }

    public int Position { get; set; }

    public required string ItemText { get; set; }

    public AnswerColour Colour { get; set; }

    public string? Remark { get; set; }
}
