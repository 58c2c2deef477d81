using Wmk.Kernel.Data;

namespace Wmk.GroupMeetings.Domain;

/// <summary>Whether a resident came to a Woonclub session (one row per session and resident).</summary>
internal sealed class Attendance : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid SessionId { get; set; }

    public Guid ResidentId { get; set; }

    public required string ResidentName { get; set; }

    public AttendanceStatus Status { get; set; }
}

internal enum AttendanceStatus
{
    Present,
    Excused,
    Absent,
}
