using Wmk.Guidance.Contracts;
using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

/// <summary>
/// A piece of due work as the daily scheduler took it from an area (<c>IDueWorkSource</c>): one row per
/// <see cref="Kind"/> + <see cref="SubjectId"/> + <see cref="DueOn"/>, closed when the work is no longer reported.
/// </summary>
internal sealed class GuidanceTask : ICounselledRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public required string Kind { get; set; }

    public Guid SubjectId { get; set; }

    public Guid CandidateId { get; set; }

    public Guid? ResidentId { get; set; }

    public Guid? CounsellorAccountId { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly CreatedOn { get; set; }

    /// <summary>The day the scheduler saw the work done (no longer reported); null while open.</summary>
    public DateOnly? ClosedOn { get; set; }
}
