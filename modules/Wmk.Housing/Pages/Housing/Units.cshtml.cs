using Microsoft.AspNetCore.Mvc.RazorPages;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Pages.Housing;

[Permission(HousingPermissions.ViewUnits)]
internal sealed class UnitsModel(UnitsHandler handler) : PageModel
{
    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Units = await handler.ListAsync(ct);
}
