using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.Payments;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance;

[Permission(FinancePermissions.Manage)]
internal sealed class BankAccountModel(BankAccountHandler bank, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public BankAccountView Account { get; private set; } = new(null, null, null);

    public async Task OnGetAsync(CancellationToken ct) => Account = await bank.GetAsync(ct);

    public Task<IActionResult> OnPostAsync(BankAccountInput input, CancellationToken ct) =>
        RunAsync(() => bank.SetAsync(input, ct), async () => Account = await bank.GetAsync(ct), RedirectToPage);
}
