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

    public string ResidentOf(Guid contractId) => Contracts.FirstOrDefault(c => c.Id == contractId)?.ResidentName ?? "—";

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostAsync(Guid id, KeyIncidentInput input, CancellationToken ct) =>
        RunAsync(() => keys.RecordAsync(id, input, ct), () => LoadAsync(id, ct), RedirectToPage);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Unit = await units.GetAsync(id, ct);
        Contracts = await contracts.ListForUnitAsync(id, ct);
        Keys = await keys.ListAsync(id, ct);
    }
}
