using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.FollowUp;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance.FollowUp;

[Permission(FinancePermissions.View)]
internal sealed class FollowUpModel(FollowUpHandler followUp, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public FollowUpOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Overview = await followUp.OverviewAsync(ct);
}
