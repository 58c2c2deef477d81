using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance.Residents;

[Permission(GuidancePermissions.ViewResidents)]
internal sealed class IndexModel(ResidentsHandler residents) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public IReadOnlyList<ResidentListItem> Residents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Residents = await residents.ListAsync(ct);
}
