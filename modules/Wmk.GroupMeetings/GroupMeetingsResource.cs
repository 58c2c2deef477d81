namespace Wmk.GroupMeetings;

/// <summary>Marker for the group meetings module's texts.</summary>
public sealed class GroupMeetingsResource;
