using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.PaymentPlans;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance.FollowUp;

[Permission(FinancePermissions.View)]
internal sealed class PlanModel(PaymentPlansHandler plans, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public PaymentPlanView Plan { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Plan = await plans.GetAsync(id, ct);

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostKeepAsync(Guid id, PlanDecisionInput input, CancellationToken ct) =>
        RunAsync(() => plans.KeepAsync(id, input, ct), () => OnGetAsync(id, ct), RedirectToPage);

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostEndAsync(Guid id, PlanDecisionInput input, CancellationToken ct) =>
        RunAsync(() => plans.EndAsync(id, input, ct), () => OnGetAsync(id, ct), RedirectToPage);
}
