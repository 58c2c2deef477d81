using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Contracts;
using Wmk.GroupMeetings.Features.Laundry;
using Wmk.Kernel.Authorization;

namespace Wmk.GroupMeetings.Pages.Meetings;

[Permission(GroupMeetingsPermissions.View)]
internal sealed class LaundryModel(LaundryHandler laundry, IStringLocalizerFactory localizers) : MeetingsPage(localizers)
{
    public LaundryWeekView Week { get; private set; } = null!;

    public IReadOnlyList<ResidentInfo> Residents { get; private set; } = [];

    public async Task OnGetAsync(Guid id, DateOnly? week, CancellationToken ct) => await LoadAsync(id, week, ct);

    [Permission(GroupMeetingsPermissions.Laundry)]
    public Task<IActionResult> OnPostBookAsync(Guid id, Guid? residentId, DateOnly? day, TimeOnly? startsAt, CancellationToken ct) =>
        RunAsync(() => laundry.BookAsync(id, new BookingInput(residentId, day, startsAt), ct), () => LoadAsync(id, day, ct), Back(id, day));

    [Permission(GroupMeetingsPermissions.Laundry)]
    public Task<IActionResult> OnPostCancelAsync(Guid id, Guid bookingId, DateOnly? day, CancellationToken ct) =>
        RunAsync(() => laundry.CancelAsync(bookingId, ct), () => LoadAsync(id, day, ct), Back(id, day));

    [Permission(GroupMeetingsPermissions.Manage)]
    public Task<IActionResult> OnPostNoShowAsync(Guid id, Guid bookingId, DateOnly? day, CancellationToken ct) =>
        RunAsync(() => laundry.MarkNoShowAsync(bookingId, true, ct), () => LoadAsync(id, day, ct), Back(id, day));

    private Func<IActionResult> Back(Guid id, DateOnly? day) => () => Redirect($"/meetings/locations/{id}/laundry?week={day:yyyy-MM-dd}");

    private async Task LoadAsync(Guid id, DateOnly? week, CancellationToken ct)
    {
        Week = await laundry.WeekAsync(id, week, ct);
        Residents = await laundry.BookableAsync(ct);
    }
}
