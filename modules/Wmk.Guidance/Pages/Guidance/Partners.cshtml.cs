using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Referrals.Partners;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance;

[Permission(GuidancePermissions.ManageCandidates)]
internal sealed class PartnersModel(WelfarePartnersHandler handler, IStringLocalizerFactory localizers) : GuidancePage(localizers)
{
    public IReadOnlyList<WelfarePartnerView> Partners { get; private set; } = [];

    public int DefaultCap { get; private set; }

    public WelfarePartnerInput? Input { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Partners = await handler.ListAsync(ct);
        DefaultCap = await handler.DefaultCapAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(WelfarePartnerInput input, CancellationToken ct)
    {
        Input = input;
        return RunAsync(() => handler.AddAsync(input, ct), () => OnGetAsync(ct), () => RedirectToPage());
    }

    public Task<IActionResult> OnPostUpdateAsync(Guid id, WelfarePartnerInput input, CancellationToken ct) =>
        RunAsync(() => handler.UpdateAsync(id, input, ct), () => OnGetAsync(ct), () => RedirectToPage());
}
