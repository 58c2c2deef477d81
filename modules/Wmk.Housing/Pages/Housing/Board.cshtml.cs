using Microsoft.AspNetCore.Mvc.RazorPages;
using Wmk.Housing.Features.Board;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Pages.Housing;

[Permission(HousingPermissions.ManageContracts)]
internal sealed class BoardModel(BoardHandler handler) : PageModel
{
    public BoardView Board { get; private set; } = null!;

    public async Task OnGetAsync(DateOnly? on, CancellationToken ct) => Board = await handler.GetAsync(on, null, null, ct);
}
