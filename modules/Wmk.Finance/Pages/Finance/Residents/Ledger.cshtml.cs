using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.Ledger;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance.Residents;

[Permission(FinancePermissions.View)]
internal sealed class LedgerModel(ResidentAccountsHandler accounts, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public ResidentAccountView Account { get; private set; } = null!;

    public async Task OnGetAsync(Guid residentId, CancellationToken ct) => Account = await accounts.AccountAsync(residentId, ct);
}
