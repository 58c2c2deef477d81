using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Pages.Housing;

/// <summary>Changes a unit through the same handler as <c>PUT /api/v1/housing/units/{id}</c>; a stale form answers with a message.</summary>
[Permission(HousingPermissions.ManageUnits)]
internal sealed class EditUnitModel(UnitsHandler units, PartnersHandler partners, IStringLocalizerFactory localizers) : UnitFormPage(partners, localizers)
{
    public Guid Id { get; private set; }

    public string Address { get; private set; } = string.Empty;

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostAsync(Guid id, UnitInput input, CancellationToken ct)
    {
        Input = input;
        return RunAsync(() => units.UpdateAsync(id, input, ct), () => LoadAsync(id, ct), () => Redirect($"/housing/units/{id}"));
    }

    public Task<IActionResult> OnPostLiftInspectionAsync(Guid id, CancellationToken ct) =>
        RunAsync(() => units.LiftInspectionAsync(id, ct), () => LoadAsync(id, ct), () => Redirect($"/housing/units/{id}"));

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        var unit = await units.GetAsync(id, ct);
        (Id, Address) = (unit.Id, unit.Address);
        Input ??= UnitInput.Of(unit);
        await LoadPartnersAsync(ct);
    }
}
