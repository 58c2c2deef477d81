using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.GroupMeetings.Domain;
using Wmk.GroupMeetings.Features.Invitations;
using Wmk.GroupMeetings.Features.Sessions;
using Wmk.Kernel.Authorization;

namespace Wmk.GroupMeetings.Pages.Meetings;

[Permission(GroupMeetingsPermissions.View)]
internal sealed class SessionModel(SessionsHandler sessions, InvitationsHandler invitations, IStringLocalizerFactory localizers) : MeetingsPage(localizers)
{
    public SessionDetail Detail { get; private set; } = null!;

    public InvitationResult? Invited { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Detail = await sessions.GetAsync(id, ct);

    [Permission(GroupMeetingsPermissions.Manage)]
    public Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken ct) =>
        RunAsync(async () =>
        {
            Invited = await invitations.InviteAsync(id, ct);
            Detail = await sessions.GetAsync(id, ct);
        }, () => OnGetAsync(id, ct), Page);

    [Permission(GroupMeetingsPermissions.Manage)]
    public Task<IActionResult> OnPostAttendanceAsync(Guid id, Dictionary<Guid, AttendanceStatus> status, CancellationToken ct) =>
        RunAsync(async () => Detail = await sessions.RecordAttendanceAsync(id, new AttendanceInput([.. status.Select(s => new AttendanceMark(s.Key, s.Value))]), ct),
            () => OnGetAsync(id, ct), Page);
}
