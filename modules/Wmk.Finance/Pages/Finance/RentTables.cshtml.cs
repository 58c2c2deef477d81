using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.RentTables;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance;

[Permission(FinancePermissions.View)]
internal sealed class RentTablesModel(RentTablesHandler tables, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public IReadOnlyList<RentTableView> Tables { get; private set; } = [];

    /// <summary>The lines the new-version form starts from (the latest general version), plus an empty one.</summary>
    public IReadOnlyList<RentLineView> Draft { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [Permission(FinancePermissions.Manage)]
    public Task<IActionResult> OnPostAsync(RentTableInput input, CancellationToken ct) =>
        RunAsync(() => tables.AddAsync(input with { Lines = [.. (input.Lines ?? []).Where(l => !string.IsNullOrWhiteSpace(l.Name))] }, ct),
            () => LoadAsync(ct), RedirectToPage);

    private async Task LoadAsync(CancellationToken ct)
    {
        Tables = await tables.ListAsync(ct);
        var latest = Tables.Where(t => t.HousingCompanyId is null).MaxBy(t => t.ValidFrom);
        Draft = [.. latest?.Lines ?? [], new RentLineView(string.Empty, 0m, false, null, Domain.LineSharing.Split, null, null)];
    }
}
