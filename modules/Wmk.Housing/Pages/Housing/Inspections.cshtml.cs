using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Features.Inspections;
using Wmk.Housing.Features.MeterReadings;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Pages.Housing;

/// <summary>Checks and readings of a unit: record, correct (<c>?inspection=</c>/<c>?reading=</c> fills the form) and remove.</summary>
[Permission(HousingPermissions.RecordInspections)]
internal sealed class InspectionsModel(
    UnitsHandler units, InspectionsHandler inspections, MeterReadingsHandler readings, IStringLocalizerFactory localizers) : HousingPage(localizers)
{
    public UnitView Unit { get; private set; } = null!;

    public IReadOnlyList<InspectionView> Inspections { get; private set; } = [];

    public ReadingsView Readings { get; private set; } = null!;

    public InspectionView? EditingInspection { get; private set; }

    public ReadingView? EditingReading { get; private set; }

    public async Task OnGetAsync(Guid id, Guid? inspection, Guid? reading, CancellationToken ct) => await LoadAsync(id, inspection, reading, ct);

    public Task<IActionResult> OnPostInspectionAsync(Guid id, InspectionInput input, CancellationToken ct) =>
        RunAsync(() => inspections.RecordAsync(id, input, ct), () => LoadAsync(id, null, null, ct), RedirectToPage);

    public Task<IActionResult> OnPostCorrectInspectionAsync(Guid id, Guid itemId, InspectionInput input, CancellationToken ct) =>
        RunAsync(() => inspections.CorrectAsync(id, itemId, input, ct), () => LoadAsync(id, itemId, null, ct), RedirectToPage);

    public Task<IActionResult> OnPostRemoveInspectionAsync(Guid id, Guid itemId, CancellationToken ct) =>
        RunAsync(() => inspections.RemoveAsync(id, itemId, ct), () => LoadAsync(id, null, null, ct), RedirectToPage);

    public Task<IActionResult> OnPostReadingAsync(Guid id, ReadingInput input, CancellationToken ct) =>
        RunAsync(() => readings.RecordAsync(id, input, ct), () => LoadAsync(id, null, null, ct), RedirectToPage);

    public Task<IActionResult> OnPostCorrectReadingAsync(Guid id, Guid itemId, ReadingInput input, CancellationToken ct) =>
        RunAsync(() => readings.CorrectAsync(id, itemId, input, ct), () => LoadAsync(id, null, itemId, ct), RedirectToPage);

    public Task<IActionResult> OnPostRemoveReadingAsync(Guid id, Guid itemId, CancellationToken ct) =>
        RunAsync(() => readings.RemoveAsync(id, itemId, ct), () => LoadAsync(id, null, null, ct), RedirectToPage);

    private async Task LoadAsync(Guid id, Guid? inspection, Guid? reading, CancellationToken ct)
    {
        Unit = await units.GetAsync(id, ct);
        Inspections = await inspections.ListAsync(id, ct);
        Readings = await readings.ListAsync(id, ct);
        EditingInspection = Inspections.FirstOrDefault(i => i.Id == inspection);
        EditingReading = Readings.Readings.FirstOrDefault(r => r.Id == reading);
    }
}
