using Microsoft.AspNetCore.Mvc.RazorPages;
using Wmk.Guidance.Features.Reports.Caseload;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance;

[Permission(GuidancePermissions.ViewReports)]
internal sealed class ReportsCaseloadModel(CaseloadHandler handler) : PageModel
{
    public CaseloadView Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await handler.GetAsync(ct);
}
