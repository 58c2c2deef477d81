using Microsoft.AspNetCore.Mvc.RazorPages;
using Wmk.Kernel.Authorization;
using Wmk.Volunteers.Features.Reports;

namespace Wmk.Volunteers.Pages.Volunteers;

[Permission(VolunteersPermissions.Manage)]
internal sealed class ReportsModel(ReportsHandler handler) : PageModel
{
    public VolunteersReport Report { get; private set; } = null!;

    public async Task OnGetAsync(int? year, CancellationToken ct) => Report = await handler.GetAsync(year, ct);
}
