using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Reports.Outflow;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance;

/// <summary>The outflow by destination; by default the last five years side by side.</summary>
[Permission(GuidancePermissions.ViewReports)]
internal sealed class ReportsOutflowModel(OutflowHandler handler, IStringLocalizerFactory localizers) : ReportsPage(localizers)
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Years { get; set; }

    public OutflowView? Report { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(async () => Report = await handler.GetAsync(Year, Years ?? 5, ct));
}
