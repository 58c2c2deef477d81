using Microsoft.AspNetCore.Mvc.RazorPages;
using Wmk.Housing.Features.CompanyReport;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Pages.Housing;

[Permission(HousingPermissions.ViewCompanyReport)]
internal sealed class CompaniesModel(CompanyReportHandler handler) : PageModel
{
    public CompanyReportView Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await handler.GetAsync(ct);
}
