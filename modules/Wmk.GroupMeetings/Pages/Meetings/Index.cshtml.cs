using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.GroupMeetings.Features.Locations;
using Wmk.GroupMeetings.Features.Sessions;
using Wmk.Kernel.Authorization;

namespace Wmk.GroupMeetings.Pages.Meetings;

[Permission(GroupMeetingsPermissions.View)]
internal sealed class IndexModel(LocationsHandler locations, SessionsHandler sessions, IStringLocalizerFactory localizers) : MeetingsPage(localizers)
{
    private LocationView? added;

    public IReadOnlyList<LocationView> Locations { get; private set; } = [];

    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [Permission(GroupMeetingsPermissions.Manage)]
    public Task<IActionResult> OnPostAsync(string? name, string? address, string? neighbourhood, CancellationToken ct) =>
        RunAsync(async () => added = await locations.AddAsync(new LocationInput(name, address, neighbourhood, null), ct),
            () => LoadAsync(ct), () => Redirect($"/meetings/locations/{added!.Id}"));

    private async Task LoadAsync(CancellationToken ct)
    {
        Locations = await locations.ListAsync(ct);
        Sessions = await sessions.ListAsync(null, null, ct);
    }
}
