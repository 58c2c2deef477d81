using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Features.Partners;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Pages.Housing;

[Permission(HousingPermissions.ManageUnits)]
internal sealed class PartnersModel(PartnersHandler handler, IStringLocalizerFactory localizers) : HousingPage(localizers)
{
    public IReadOnlyList<PartnerView> Partners { get; private set; } = [];

    public PartnerInput? Input { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Partners = await handler.ListAsync(ct);

    public Task<IActionResult> OnPostAsync(PartnerInput input, CancellationToken ct)
    {
        Input = input;
        return RunAsync(() => handler.AddAsync(input, ct), () => OnGetAsync(ct), () => RedirectToPage());
    }
}
