using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Features.Inspections;
using Wmk.Housing.Features.MeterReadings;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Pages.Housing;

[Permission(HousingPermissions.RecordInspections)]
internal sealed class InspectionsModel(
    UnitsHandler units, InspectionsHandler inspections, MeterReadingsHandler readings, IStringLocalizerFactory localizers) : HousingPage(localizers)
{
    public UnitView Unit { get; private set; } = null!;

    public IReadOnlyList<InspectionView> Inspections { get; private set; } = [];

    public ReadingsView Readings { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostInspectionAsync(Guid id, InspectionInput input, CancellationToken ct) =>
        RunAsync(() => inspections.RecordAsync(id, input, ct), () => LoadAsync(id, ct), RedirectToPage);

    public Task<IActionResult> OnPostReadingAsync(Guid id, ReadingInput input, CancellationToken ct) =>
        RunAsync(() => readings.RecordAsync(id, input, ct), () => LoadAsync(id, ct), RedirectToPage);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Unit = await units.GetAsync(id, ct);
        Inspections = await inspections.ListAsync(id, ct);
        Readings = await readings.ListAsync(id, ct);
    }
}
