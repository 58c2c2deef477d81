using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.GroupMeetings.Features.Laundry;
using Wmk.GroupMeetings.Features.Locations;
using Wmk.GroupMeetings.Features.Sessions;
using Wmk.GroupMeetings.Features.WalkIns;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.GroupMeetings.Pages.Meetings;

[Permission(GroupMeetingsPermissions.View)]
internal sealed class LocationModel(
    LocationsHandler locations, SessionsHandler sessions, LaundryHandler laundry, WalkInsHandler walkIns, ICurrentTenant tenant,
    IStringLocalizerFactory localizers) : MeetingsPage(localizers)
{
    private SessionView? added;

    public LocationView Location { get; private set; } = null!;

    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];

    public IReadOnlyList<WalkInView> WalkIns { get; private set; } = [];

    public string? FeedUrl { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    [Permission(GroupMeetingsPermissions.Manage)]
    public Task<IActionResult> OnPostSessionAsync(Guid id, DateOnly? date, TimeOnly? startsAt, TimeOnly? endsAt, string? theme, string? description, CancellationToken ct) =>
        RunAsync(async () => added = await sessions.AddAsync(new SessionInput(id, date, startsAt, endsAt, theme, description), ct),
            () => LoadAsync(id, ct), () => Redirect($"/meetings/sessions/{added!.Id}"));

    [Permission(GroupMeetingsPermissions.Manage)]
    public Task<IActionResult> OnPostLaundryAsync(Guid id, List<DayOfWeek> days, TimeOnly? opens, TimeOnly? closes, int? slotMinutes, CancellationToken ct) =>
        RunAsync(() => laundry.SetAsync(id, new LaundrySettingsInput(days, opens, closes, slotMinutes), ct), () => LoadAsync(id, ct), Back(id));

    [Permission(GroupMeetingsPermissions.Manage)]
    public Task<IActionResult> OnPostWalkInAsync(Guid id, DateOnly? date, TimeOnly? startsAt, TimeOnly? endsAt, int? visitors, string? topics, CancellationToken ct) =>
        RunAsync(() => walkIns.AddAsync(id, new WalkInInput(date, startsAt, endsAt, visitors, topics), ct), () => LoadAsync(id, ct), Back(id));

    private Func<IActionResult> Back(Guid id) => () => Redirect($"/meetings/locations/{id}");

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Location = await locations.GetAsync(id, ct);
        Sessions = await sessions.ListAsync(id, null, ct);
        WalkIns = await walkIns.ListAsync(id, ct);
        FeedUrl = $"{Request.Scheme}://{Request.Host}/meetings/feeds/{tenant.Slug}/{await locations.FeedTokenAsync(id, false, ct)}.ics";
    }
}
