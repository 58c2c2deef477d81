using Wmk.GroupMeetings.Data;
using Wmk.GroupMeetings.Domain;
using Wmk.Host.Tests.GroupMeetings;

namespace Wmk.Host.Tests.Isolation;

/// <summary>The tenant-owned entities of the group meetings module.</summary>
public static class GroupMeetingsIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
        new(typeof(GroupMeetingsDbContext), typeof(Location), MeetingsSeed.IsolationLocationAsync),
        new(typeof(GroupMeetingsDbContext), typeof(WoonclubSession), MeetingsSeed.SessionRowAsync),
        new(typeof(GroupMeetingsDbContext), typeof(Attendance), MeetingsSeed.AttendanceRowAsync),
        new(typeof(GroupMeetingsDbContext), typeof(LaundryBooking), MeetingsSeed.BookingRowAsync),
        new(typeof(GroupMeetingsDbContext), typeof(WalkIn), MeetingsSeed.WalkInRowAsync),
    ];
}
