using System.Text.Json.Serialization;
using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

/// <summary>The exit (uitstroom) of a resident: the steps, the last day and the aftercare; the destination is on the resident.</summary>
internal sealed class ResidentExit : ICounselledRecord, IHasConcurrencyStamp
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public Guid ResidentId { get; set; }

    public Guid CandidateId { get; set; }

    public Guid? CounsellorAccountId { get; set; }

    public DateOnly? ConversationOn { get; set; }

    public bool EnergyTakeoverDone { get; set; }

    public bool KeysHandedOver { get; set; }

    public CleaningResult Cleaning { get; set; }

    public string? CleaningRemarks { get; set; }

    public DateOnly LastDay { get; set; }

    /// <summary>True when the housing contract was ended before its end date.</summary>
    public bool TerminatedEarly { get; set; }

    public List<DateOnly> AftercareContacts { get; set; } = [];

    public DateOnly RecordedOn { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<CleaningResult>))]
internal enum CleaningResult
{
    Ok = 1,
    Remarks = 2,
}
