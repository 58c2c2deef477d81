using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Reports.Wait;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance;

[Permission(GuidancePermissions.ViewReports)]
internal sealed class ReportsWaitModel(WaitHandler handler, IStringLocalizerFactory localizers) : ReportsPage(localizers)
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public WaitView? Report { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(async () => Report = await handler.GetAsync(From, To, ct));
}
