using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Reports.Occupancy;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance;

[Permission(GuidancePermissions.ViewReports)]
internal sealed class ReportsOccupancyModel(OccupancyHandler handler, IStringLocalizerFactory localizers) : ReportsPage(localizers)
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public OccupancyView? Report { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(async () => Report = await handler.GetAsync(Year, ct));
}
