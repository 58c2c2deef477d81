using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.Charges;
using Wmk.Finance.Features.Energy;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Localization;

namespace Wmk.Finance.Pages.Finance.Energy;

[Permission(FinancePermissions.View)]
internal sealed class EnergyModel(EnergyHandler energy, EnergyChecksHandler checks, TimeProvider clock, IStringLocalizerFactory localizers)
    : FinancePage(localizers)
{
    public DateOnly Month { get; private set; }

    public IReadOnlyList<EnergyUnitView> Units { get; private set; } = [];

    public IReadOnlyList<EnergyCheckView> Checks { get; private set; } = [];

    public async Task OnGetAsync(DateOnly? month, CancellationToken ct) => await LoadAsync(month, ct);

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostAcceptAsync(Guid unitId, EnergyAcceptInput input, CancellationToken ct) =>
        RunAsync(() => energy.AcceptAsync(unitId, input, ct), () => LoadAsync(input.Month, ct), () => RedirectToPage(new { month = input.Month.ToString("yyyy-MM-dd") }));

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostDismissAsync(Guid unitId, DateOnly month, CancellationToken ct) =>
        RunAsync(() => energy.DismissAsync(unitId, new EnergyDismissInput(month), ct), () => LoadAsync(month, ct),
            () => RedirectToPage(new { month = month.ToString("yyyy-MM-dd") }));

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostCheckAsync(EnergyCheckInput input, CancellationToken ct) =>
        RunAsync(() => checks.DoneAsync(input, ct), () => LoadAsync(null, ct), () => RedirectToPage());

    private async Task LoadAsync(DateOnly? month, CancellationToken ct)
    {
        var today = clock.Today();
        Month = ChargeRules.MonthOf(month ?? today.AddMonths(-1));
        Units = await energy.UnitsAsync(Month, ct);
        Checks = await checks.OpenAsync(today.AddDays(7), ct);
    }
}
