using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Pages.Housing;

[Permission(HousingPermissions.ManageUnits)]
internal sealed class NewUnitModel(UnitsHandler units, PartnersHandler partners, IStringLocalizerFactory localizers) : UnitFormPage(partners, localizers)
{
    public Task OnGetAsync(CancellationToken ct) => LoadPartnersAsync(ct);

    public Task<IActionResult> OnPostAsync(UnitInput input, CancellationToken ct)
    {
        Input = input;
        Guid id = default;
        return RunAsync(async () => id = (await units.AddAsync(input, ct)).Id, () => LoadPartnersAsync(ct), () => Redirect($"/housing/units/{id}"));
    }
}
