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

    public NeighbourContactView? Editing { get; private set; }

    public async Task OnGetAsync(Guid id, Guid? edit, CancellationToken ct) => await LoadAsync(id, ct, edit);

    public Task<IActionResult> OnPostAsync(Guid id, NeighbourContactInput input, CancellationToken ct) =>
        RunAsync(() => neighbours.RecordAsync(id, input, ct), () => LoadAsync(id, ct), RedirectToPage);

    public Task<IActionResult> OnPostCorrectAsync(Guid id, Guid itemId, NeighbourContactInput input, CancellationToken ct) =>
        RunAsync(() => neighbours.CorrectAsync(id, itemId, input, ct), () => LoadAsync(id, ct, itemId), RedirectToPage);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid itemId, CancellationToken ct) =>
        RunAsync(() => neighbours.RemoveAsync(id, itemId, ct), () => LoadAsync(id, ct), RedirectToPage);

    private async Task LoadAsync(Guid id, CancellationToken ct, Guid? edit = null)
    {
        Id = id;
        Log = await neighbours.ListAsync(id, ct);
        Editing = Log.Contacts.FirstOrDefault(n => n.Id == edit);
    }
}
