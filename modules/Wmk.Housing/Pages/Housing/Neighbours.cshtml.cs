using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Features.Neighbours;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Pages.Housing;

[Permission(HousingPermissions.ManageNeighbours)]
internal sealed class NeighboursModel(NeighboursHandler neighbours, IStringLocalizerFactory localizers) : HousingPage(localizers)
{
    public Guid Id { get; private set; }

    public NeighboursView Log { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostAsync(Guid id, NeighbourContactInput input, CancellationToken ct) =>
        RunAsync(() => neighbours.RecordAsync(id, input, ct), () => LoadAsync(id, ct), RedirectToPage);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        Log = await neighbours.ListAsync(id, ct);
    }
}
