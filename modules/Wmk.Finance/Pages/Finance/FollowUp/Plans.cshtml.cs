using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.PaymentPlans;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance.FollowUp;

[Permission(FinancePermissions.View)]
internal sealed class PlansModel(PaymentPlansHandler plans, IResidents residents, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public IReadOnlyList<PaymentPlanView> Plans { get; private set; } = [];

    public IReadOnlyList<ResidentInfo> Residents { get; private set; } = [];

    public Guid? ResidentId { get; private set; }

    public async Task OnGetAsync(Guid? residentId, CancellationToken ct)
    {
        ResidentId = residentId;
        Plans = await plans.ListAsync(null, ct);
        Residents = await residents.ListAsync(new ResidentQuery(), ct);
    }

    [Permission(FinancePermissions.Manage)]
    public async Task<IActionResult> OnPostAsync(PaymentPlanInput input, CancellationToken ct)
    {
        PaymentPlanView? made = null;
        var result = await RunAsync(async () => made = await plans.CreateAsync(input, ct), () => OnGetAsync(input.ResidentId, ct), Page);
        return made is null ? result : Redirect($"/finance/payment-plans/{made.Id}");
    }
}
