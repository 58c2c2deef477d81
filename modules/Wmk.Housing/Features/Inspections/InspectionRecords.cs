using Wmk.Housing.Domain;

namespace Wmk.Housing.Features.Inspections;

/// <summary>A monthly safety check: the checklist result, remarks (needed unless all is ok) and the day.</summary>
internal sealed record InspectionInput(DateOnly Date, SafetyResult Result, string? Remarks);

internal sealed record InspectionView(Guid Id, Guid UnitId, DateOnly Date, SafetyResult Result, string? Remarks)
{
    public static InspectionView Of(Inspection i) => new(i.Id, i.UnitId, i.Date, i.Result, i.Remarks);
}
