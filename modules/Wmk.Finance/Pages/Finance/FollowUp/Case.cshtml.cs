using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.FollowUp;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance.FollowUp;

[Permission(FinancePermissions.View)]
internal sealed class CaseModel(FollowUpHandler followUp, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public ArrearsCaseView Case { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Case = await followUp.GetAsync(id, ct);

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostStepAsync(Guid id, ArrearsStepInput input, CancellationToken ct) =>
        RunAsync(() => followUp.AddStepAsync(id, input, ct), () => OnGetAsync(id, ct), RedirectToPage);

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostPauseAsync(Guid id, PauseInput input, CancellationToken ct) =>
        RunAsync(() => followUp.PauseAsync(id, input, ct), () => OnGetAsync(id, ct), RedirectToPage);

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostResumeAsync(Guid id, CancellationToken ct) =>
        RunAsync(() => followUp.ResumeAsync(id, ct), () => OnGetAsync(id, ct), RedirectToPage);
}
