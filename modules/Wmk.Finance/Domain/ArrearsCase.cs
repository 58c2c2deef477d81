using System.Text.Json.Serialization;
using Wmk.Kernel.Data;

namespace Wmk.Finance.Domain;

/// <summary>A step of the arrears follow-up (domain.md, Money), in the order of the playbook.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ArrearsStepKind>))]
internal enum ArrearsStepKind
{
    /// <summary>Automatic, on the message day (15th): a message to the resident and the counsellor.</summary>
    Message,

    /// <summary>Automatic, on the reminder day (20th): the reminder letter e-mailed to the resident, copy to the counsellor.</summary>
    Reminder,

    /// <summary>Looking together for the cause (a conversation with resident and counsellor).</summary>
    CauseTalk,

    PlanProposed,

    PlanAgreed,

    /// <summary>The plan was not kept: a registered letter (with its postal tracking number).</summary>
    RegisteredLetter,

    /// <summary>Conciliation before the justice of the peace (it comes first).</summary>
    Conciliation,

    /// <summary>Referral to the justice of the peace (vrederechter).</summary>
    JusticeOfPeace,

    Paused,

    Resumed,

    /// <summary>Automatic: the overdue amount is paid.</summary>
    Closed,
}

/// <summary>
/// The follow-up of one resident's arrears, from the first unpaid month to the day the overdue amount is paid. One open
/// case per resident (unique key on <see cref="OpenSlot"/>); a paused case gets no automatic steps.
/// </summary>
internal sealed class ArrearsCase : ITenantOwned, IHasConcurrencyStamp
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public Guid ResidentId { get; set; }

    public Guid ContractId { get; set; }

    public required string ResidentName { get; set; }

    public DateOnly OpenedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>1 while the case is open, null once closed: (tenant, resident, slot) is unique, so a resident has one open case.</summary>
    public int? OpenSlot { get; set; } = 1;

    public DateOnly? PausedOn { get; set; }

    public string? PauseReason { get; set; }

    /// <summary>The latest step taken (manual or automatic, pauses excluded).</summary>
    public ArrearsStepKind? LastStep { get; set; }

    public List<ArrearsStep> Steps { get; set; } = [];
}

/// <summary>One recorded step of a case: what, when, by whom (null: the daily job), with a note.</summary>
internal sealed class ArrearsStep : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid CaseId { get; set; }

    public Guid ResidentId { get; set; }

    public ArrearsStepKind Kind { get; set; }

    public DateOnly On { get; set; }

    public Guid? By { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string? Note { get; set; }

    /// <summary>The postal tracking number of a registered letter.</summary>
    public string? TrackingNumber { get; set; }

    /// <summary>The addresses an automatic step's e-mail went to (null: no valid address, the letter is to be sent by post).</summary>
    public string? EmailedTo { get; set; }

    /// <summary>
    /// "Message:2026-12" for an automatic step, null for manual ones: (tenant, resident, key) is unique, so the same step's
    /// message goes once a month however often (or at once) the job runs.
    /// </summary>
    public string? MonthKey { get; set; }
}
