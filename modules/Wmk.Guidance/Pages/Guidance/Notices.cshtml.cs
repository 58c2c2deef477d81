using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Ending.Notices;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance;

[Permission(GuidancePermissions.ManageResidents)]
internal sealed class NoticesModel(NoticesHandler notices, IStringLocalizerFactory localizers) : GuidancePage(localizers)
{
    public Guid ResidentId { get; private set; }

    public IReadOnlyList<NoticeView> Notices { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostAsync(Guid id, Guid noticeId, LetterInput input, CancellationToken ct) =>
        RunAsync(() => notices.RecordLetterAsync(noticeId, input, ct), () => LoadAsync(id, ct), RedirectToPage);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        ResidentId = id;
        Notices = await notices.ListAsync(id, ct);
    }
}
