using System.Text.Json.Serialization;
using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

/// <summary>
/// A notice about the contract end (opzegbrief or reminder), made once per resident, kind and contract end: an
/// extension gives a new end and so new notices. A termination notice also needs a registered letter.
/// </summary>
internal sealed class Notice : ICounselledRecord, IHasConcurrencyStamp
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public Guid ResidentId { get; set; }

    public Guid CandidateId { get; set; }

    public Guid? CounsellorAccountId { get; set; }

    public NoticeKind Kind { get; set; }

    /// <summary>The contract end the notice announces.</summary>
    public DateOnly ContractEnd { get; set; }

    /// <summary>The day the notice was due (notice or reminder months before the end).</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>The day the scheduler made it and queued its e-mail.</summary>
    public DateOnly CreatedOn { get; set; }

    /// <summary>The addresses the e-mail was queued for (comma separated); null when nobody had an address.</summary>
    public string? EmailedTo { get; set; }

    /// <summary>The day the registered letter went to the post (termination notices only).</summary>
    public DateOnly? LetterSentOn { get; set; }

    /// <summary>The postal tracking number of the registered letter.</summary>
    public string? TrackingNumber { get; set; }

    public bool NeedsLetter => Kind == NoticeKind.Termination;

    public bool LetterToSend => NeedsLetter && LetterSentOn is null;
}

[JsonConverter(typeof(JsonStringEnumConverter<NoticeKind>))]
internal enum NoticeKind
{
    /// <summary>The termination notice (opzegbrief): e-mail and registered letter.</summary>
    Termination = 1,

    /// <summary>The reminder e-mail.</summary>
    Reminder = 2,
}
