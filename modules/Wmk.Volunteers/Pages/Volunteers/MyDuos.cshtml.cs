using Microsoft.AspNetCore.Mvc.RazorPages;
using Wmk.Kernel.Authorization;
using Wmk.Volunteers.Features.Duos;

namespace Wmk.Volunteers.Pages.Volunteers;

[Permission(VolunteersPermissions.OwnDuos)]
internal sealed class MyDuosModel(MyDuosHandler handler) : PageModel
{
    public IReadOnlyList<MyDuoRow> Duos { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Duos = await handler.ListAsync(ct);
}
