using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.Payments;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance;

[Permission(FinancePermissions.View)]
internal sealed class RentCallModel(RentCallHandler calls, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public RentCallView Call { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, DateOnly month, CancellationToken ct) => Call = await calls.GetAsync(id, month, ct);
}
