using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Pages.Housing;

[Permission(HousingPermissions.ManageUnits)]
internal sealed class PartnersModel(PartnersHandler handler, PartnerUsersHandler users, IStringLocalizerFactory localizers) : HousingPage(localizers)
{
    public IReadOnlyList<PartnerView> Partners { get; private set; } = [];

    public IReadOnlyList<PartnerUserView> Users { get; private set; } = [];

    public PartnerInput? Input { get; private set; }

    public string? UserEmail { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Partners = await handler.ListAsync(ct);
        Users = await users.ListAsync(null, ct);
    }

    public Task<IActionResult> OnPostAsync(PartnerInput input, CancellationToken ct)
    {
        Input = input;
        return RunAsync(() => handler.AddAsync(input, ct), () => OnGetAsync(ct), () => RedirectToPage());
    }

    public Task<IActionResult> OnPostAddUserAsync(Guid partnerId, string? email, CancellationToken ct)
    {
        UserEmail = email;
        return RunAsync(() => users.AddAsync(partnerId, new PartnerUserInput(email), ct), () => OnGetAsync(ct), () => RedirectToPage());
    }

    public Task<IActionResult> OnPostRemoveUserAsync(Guid partnerId, Guid accountId, CancellationToken ct) =>
        RunAsync(() => users.RemoveAsync(partnerId, accountId, ct), () => OnGetAsync(ct), () => RedirectToPage());
}
