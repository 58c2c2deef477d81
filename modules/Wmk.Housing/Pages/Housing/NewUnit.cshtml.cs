using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Pages.Housing;

[Permission(HousingPermissions.ManageUnits)]
internal sealed class NewUnitModel(UnitsHandler units, PartnersHandler partners, IStringLocalizerFactory localizers) : HousingPage(localizers)
{
    public IReadOnlyList<PartnerView> Companies { get; private set; } = [];

    public IReadOnlyList<PartnerView> Managers { get; private set; } = [];

    public UnitInput? Input { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(UnitInput input, CancellationToken ct)
    {
        Input = input;
        Guid id = default;
        return RunAsync(async () => id = (await units.AddAsync(input, ct)).Id, () => LoadAsync(ct), () => Redirect($"/housing/units/{id}"));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var all = await partners.ListAsync(ct);
        Companies = [.. all.Where(p => p.Kind == PartnerKind.HousingCompany)];
        Managers = [.. all.Where(p => p.Kind == PartnerKind.TechnicalManager)];
    }
}
