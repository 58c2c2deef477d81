using Wmk.Housing.Domain;

namespace Wmk.Housing.Features.MeterReadings;

/// <summary>One meter index; <c>IsReplacement</c> marks the first index of a new meter (it may be lower).</summary>
internal sealed record ReadingInput(MeterKind Kind, DateOnly Date, decimal Value, bool IsReplacement);

internal sealed record ReadingView(Guid Id, MeterKind Kind, DateOnly Date, decimal Value, bool IsReplacement)
{
    public static ReadingView Of(MeterReading r) => new(r.Id, r.Kind, r.Date, r.Value, r.IsReplacement);
}

/// <summary>What one meter kind used in a calendar month (pro rata between readings, see <see cref="MeterRules"/>).</summary>
internal sealed record MonthlyConsumption(MeterKind Kind, int Year, int Month, decimal Consumption);

internal sealed record ReadingsView(Guid UnitId, IReadOnlyList<ReadingView> Readings, IReadOnlyList<MonthlyConsumption> Consumption);
