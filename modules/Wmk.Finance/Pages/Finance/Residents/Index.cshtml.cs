using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.Ledger;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance.Residents;

[Permission(FinancePermissions.View)]
internal sealed class IndexModel(ResidentAccountsHandler accounts, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public IReadOnlyList<ResidentBalance> Balances { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Balances = await accounts.BalancesAsync(ct);
}
