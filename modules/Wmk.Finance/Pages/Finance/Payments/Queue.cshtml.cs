using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.Payments.Queue;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance.Payments;

[Permission(FinancePermissions.View)]
internal sealed class QueueModel(PaymentQueueHandler queue, PaymentViews views, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public IReadOnlyList<PaymentView> Lines { get; private set; } = [];

    public IReadOnlyList<ContractChoice> Contracts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Lines = await queue.QueueAsync(ct);
        Contracts = await views.ContractsAsync(ct);
    }

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostConfirmAsync(Guid id, Guid stamp, CancellationToken ct) => Act(() => queue.ConfirmAsync(id, new(stamp), ct), ct);

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostRejectAsync(Guid id, Guid stamp, CancellationToken ct) => Act(() => queue.RejectAsync(id, new(stamp), ct), ct);

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostAssignAsync(Guid id, Guid stamp, Guid contractId, CancellationToken ct) =>
        Act(() => queue.AssignAsync(id, new(contractId, stamp), ct), ct);

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostIgnoreAsync(Guid id, Guid stamp, string? reason, CancellationToken ct) =>
        Act(() => queue.IgnoreAsync(id, new(reason, stamp), ct), ct);

    private Task<IActionResult> Act(Func<Task<PaymentView>> change, CancellationToken ct) =>
        RunAsync(change, () => OnGetAsync(ct), () => Redirect("/finance/payments/queue"));
}
