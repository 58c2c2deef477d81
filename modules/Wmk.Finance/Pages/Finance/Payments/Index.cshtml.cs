using Microsoft.Extensions.Localization;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Payments.Queue;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance.Payments;

[Permission(FinancePermissions.View)]
internal sealed class IndexModel(PaymentQueueHandler payments, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public PaymentStatus? Status { get; private set; }

    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    public IReadOnlyList<PaymentView> Payments { get; private set; } = [];

    public async Task OnGetAsync(PaymentStatus? status, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        (Status, From, To) = (status, from, to);
        await RunAsync(async () => Payments = await payments.ListAsync(new PaymentFilter(status, from, to), ct), () => Task.CompletedTask, Page);
    }
}
