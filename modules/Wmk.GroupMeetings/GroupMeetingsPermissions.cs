namespace Wmk.GroupMeetings;

/// <summary>Permissions of the group meetings module (default grants in <c>GroupMeetingsModule</c>).</summary>
public static class GroupMeetingsPermissions
{
    /// <summary>See locations, sessions, attendance, laundry bookings, walk-ins and reports.</summary>
    public const string View = "GroupMeetings.View";

    /// <summary>Keep locations, sessions (invitations, attendance), laundry settings, no-shows and walk-ins.</summary>
    public const string Manage = "GroupMeetings.Manage";

    /// <summary>Book and cancel laundry slots on behalf of a resident.</summary>
    public const string Laundry = "GroupMeetings.Laundry";
}
