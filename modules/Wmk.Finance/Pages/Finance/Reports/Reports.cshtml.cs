using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.Reports;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Localization;

namespace Wmk.Finance.Pages.Finance.Reports;

[Permission(FinancePermissions.View)]
internal sealed class ReportsModel(ReportsHandler reports, TimeProvider clock, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public ArrearsReport Arrears { get; private set; } = null!;

    public CollectedReport Collected { get; private set; } = null!;

    public UnitIncomeReport Units { get; private set; } = null!;

    public PayablesReport Payables { get; private set; } = null!;

    public async Task OnGetAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = clock.Today();
        (From, To) = (from ?? new DateOnly(today.Year, 1, 1), to ?? today);
        Arrears = await reports.ArrearsAsync(today, ct);
        Collected = await reports.CollectedAsync(From, To, ct);
        Units = await reports.UnitsAsync(From, To, ct);
        Payables = await reports.PayablesAsync(From, To, ct);
    }
}
