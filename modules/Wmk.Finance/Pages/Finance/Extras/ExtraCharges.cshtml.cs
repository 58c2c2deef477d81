using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.Extras;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance.Extras;

[Permission(FinancePermissions.View)]
internal sealed class ExtraChargesModel(ExtraChargesHandler extras, IResidents residents, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public Guid? ResidentId { get; private set; }

    public IReadOnlyList<ResidentInfo> Residents { get; private set; } = [];

    public IReadOnlyList<ExtraChargeView> Charges { get; private set; } = [];

    public async Task OnGetAsync(Guid? residentId, CancellationToken ct) => await LoadAsync(residentId, ct);

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostAsync(ExtraChargeInput input, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var added = await extras.AddAsync(input, ct);
            ResidentId = added.ResidentId;
        }, () => LoadAsync(null, ct), () => RedirectToPage(new { residentId = ResidentId }));

    private async Task LoadAsync(Guid? residentId, CancellationToken ct)
    {
        ResidentId = residentId;
        Residents = await residents.ListAsync(new ResidentQuery(), ct);
        Charges = residentId is { } id ? await extras.OfResidentAsync(id, ct) : await extras.LatestAsync(50, ct);
    }
}
