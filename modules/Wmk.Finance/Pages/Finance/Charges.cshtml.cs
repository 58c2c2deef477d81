using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.Charges;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Localization;

namespace Wmk.Finance.Pages.Finance;

[Permission(FinancePermissions.View)]
internal sealed class ChargesModel(MonthlyRunHandler run, TimeProvider clock, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public DateOnly Month { get; private set; }

    public IReadOnlyList<ChargeView> Charges { get; private set; } = [];

    public MonthlyRunResult? Result { get; private set; }

    public async Task OnGetAsync(DateOnly? month, CancellationToken ct) => await LoadAsync(month, ct);

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostAsync(DateOnly month, CancellationToken ct) =>
        RunAsync(async () =>
        {
            Result = await run.RunAsync(month, ct);
            await LoadAsync(month, ct);
        }, () => LoadAsync(month, ct), Page);

    private async Task LoadAsync(DateOnly? month, CancellationToken ct)
    {
        Month = ChargeRules.MonthOf(month ?? clock.Today());
        Charges = await run.ListAsync(Month, null, ct);
    }
}
