using Microsoft.AspNetCore.Mvc.RazorPages;
using Wmk.Housing.Features.Neighbours;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Pages.Housing;

/// <summary>The printable hallway poster with the organisation's contact details (print CSS in poster.css).</summary>
[Permission(HousingPermissions.ViewUnits)]
internal sealed class PosterModel(NeighboursHandler neighbours) : PageModel
{
    public Guid Id { get; private set; }

    public PosterView Poster { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        Poster = await neighbours.PosterAsync(id, ct);
    }
}
