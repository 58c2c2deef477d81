using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.Payments.Entry;
using Wmk.Finance.Features.Payments.Queue;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Localization;

namespace Wmk.Finance.Pages.Finance.Payments;

[Permission(FinancePermissions.Manage)]
internal sealed class NewModel(ManualPaymentHandler manual, PaymentViews views, TimeProvider clock, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public DateOnly Today => clock.Today();

    public IReadOnlyList<ContractChoice> Contracts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Contracts = await views.ContractsAsync(ct);

    public Task<IActionResult> OnPostAsync(ManualPaymentInput input, CancellationToken ct) =>
        RunAsync(() => manual.RecordAsync(input, ct), async () => Contracts = await views.ContractsAsync(ct), () => Redirect("/finance/payments"));
}
