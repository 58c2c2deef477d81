using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Keys;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Pages.Housing;

[Permission(HousingPermissions.ManageKeys)]
internal sealed class KeysModel(
    UnitsHandler units, ContractsHandler contracts, KeysHandler keys, IStringLocalizerFactory localizers) : HousingPage(localizers)
{
    public UnitView Unit { get; private set; } = null!;

    public IReadOnlyList<ContractView> Contracts { get; private set; } = [];

    public KeysView Keys { get; private set; } = null!;

    public KeyIncidentView? Editing { get; private set; }

    public string ResidentOf(Guid contractId) => Contracts.FirstOrDefault(c => c.Id == contractId)?.ResidentName ?? "—";

    public async Task OnGetAsync(Guid id, Guid? edit, CancellationToken ct) => await LoadAsync(id, ct, edit);

    public Task<IActionResult> OnPostAsync(Guid id, KeyIncidentInput input, CancellationToken ct) =>
        RunAsync(() => keys.RecordAsync(id, input, ct), () => LoadAsync(id, ct), RedirectToPage);

    public Task<IActionResult> OnPostCorrectAsync(Guid id, Guid itemId, KeyIncidentInput input, CancellationToken ct) =>
        RunAsync(() => keys.CorrectAsync(id, itemId, input, ct), () => LoadAsync(id, ct, itemId), RedirectToPage);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid itemId, CancellationToken ct) =>
        RunAsync(() => keys.RemoveAsync(id, itemId, ct), () => LoadAsync(id, ct), RedirectToPage);

    private async Task LoadAsync(Guid id, CancellationToken ct, Guid? edit = null)
    {
        Unit = await units.GetAsync(id, ct);
        Contracts = await contracts.ListForUnitAsync(id, ct);
        Keys = await keys.ListAsync(id, ct);
        Editing = Keys.Incidents.FirstOrDefault(k => k.Id == edit);
    }
}
