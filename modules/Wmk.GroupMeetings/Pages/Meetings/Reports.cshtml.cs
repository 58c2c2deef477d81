using Microsoft.Extensions.Localization;
using Wmk.GroupMeetings.Features.Reports;
using Wmk.Kernel.Authorization;

namespace Wmk.GroupMeetings.Pages.Meetings;

[Permission(GroupMeetingsPermissions.View)]
internal sealed class ReportsModel(ReportsHandler reports, IStringLocalizerFactory localizers) : MeetingsPage(localizers)
{
    public MeetingsReport Report { get; private set; } = null!;

    public async Task OnGetAsync(int? year, CancellationToken ct) => Report = await reports.GetAsync(year, ct);
}
