using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Pages.Housing;

[Permission(HousingPermissions.ManageContracts)]
internal sealed class UnitModel(UnitsHandler units, ContractsHandler contracts, IStringLocalizerFactory localizers) : HousingPage(localizers)
{
    public UnitView Unit { get; private set; } = null!;

    public IReadOnlyList<ContractView> Contracts { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostStartAsync(Guid id, string? residentName, DateOnly start, DateOnly? end, int? place, CancellationToken ct) =>
        RunAsync(() => contracts.StartAsync(new StartContractInput(id, place, null, residentName, start, end), ct), () => LoadAsync(id, ct), Back);

    public Task<IActionResult> OnPostExtendAsync(Guid id, Guid contractId, ExtendContractInput input, CancellationToken ct) =>
        RunAsync(() => contracts.ExtendAsync(contractId, input, ct), () => LoadAsync(id, ct), Back);

    public Task<IActionResult> OnPostTerminateAsync(Guid id, Guid contractId, TerminateContractInput input, CancellationToken ct) =>
        RunAsync(() => contracts.TerminateAsync(contractId, input, ct), () => LoadAsync(id, ct), Back);

    private IActionResult Back() => RedirectToPage();

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Unit = await units.GetAsync(id, ct);
        Contracts = await contracts.ListForUnitAsync(id, ct);
    }
}
