using Wmk.GroupMeetings.Domain;

namespace Wmk.GroupMeetings.Features.Sessions;

internal sealed record SessionInput(Guid? LocationId, DateOnly? Date, TimeOnly? StartsAt, TimeOnly? EndsAt, string? Theme, string? Description);

internal sealed record SessionView(
    Guid Id, Guid LocationId, string LocationName, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string Theme, string? Description,
    DateOnly? InvitedOn, int InvitedResidents, int InvitedCounsellors, DateOnly? RemindedOn)
{
    public static SessionView Of(WoonclubSession s, string location) =>
        new(s.Id, s.LocationId, location, s.Date, s.StartsAt, s.EndsAt, s.Theme, s.Description, s.InvitedOn, s.InvitedResidents,
            s.InvitedCounsellors, s.RemindedOn);
}

/// <summary>A resident of the session's neighbourhood and their attendance (null: not recorded yet).</summary>
internal sealed record AttendeeView(Guid ResidentId, string Name, AttendanceStatus? Status);

internal sealed record SessionDetail(SessionView Session, IReadOnlyList<AttendeeView> Attendees);

internal sealed record AttendanceMark(Guid ResidentId, AttendanceStatus Status);

internal sealed record AttendanceInput(IReadOnlyList<AttendanceMark>? Marks);
