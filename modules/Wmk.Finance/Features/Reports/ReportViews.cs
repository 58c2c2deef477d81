namespace Wmk.Finance.Features.Reports;

/// <summary>A resident's overdue debts by age bucket (0–30, 31–60, 61–90, 90+ days).</summary>
internal sealed record ArrearsRow(Guid ResidentId, string ResidentName, IReadOnlyList<decimal> Buckets, decimal Total);

internal sealed record ArrearsReport(DateOnly AsOf, IReadOnlyList<string> Buckets, IReadOnlyList<ArrearsRow> Rows, IReadOnlyList<decimal> Totals, decimal Total);

/// <summary>A month's charges (rent and extra charges, credits subtracted) against the matched payments booked in it.</summary>
internal sealed record CollectedRow(DateOnly Month, decimal Charged, decimal Collected, decimal Difference);

internal sealed record CollectedReport(IReadOnlyList<CollectedRow> Months, decimal Charged, decimal Collected);

/// <summary>A unit's income (charges of its contracts) against its cost (the technical manager's fee) over a period.</summary>
internal sealed record UnitIncomeRow(Guid UnitId, string Address, decimal Charged, decimal Cost, decimal Result);

internal sealed record UnitIncomeReport(DateOnly From, DateOnly To, IReadOnlyList<UnitIncomeRow> Units, decimal Charged, decimal Cost, decimal Result);

/// <summary>What the tenant owes the technical manager for a unit in a month, and how many of its days were vacant.</summary>
internal sealed record PayableRow(DateOnly Month, Guid UnitId, string Address, int AvailableDays, int VacantDays, decimal Fee);

/// <summary>The solidarity contributions charged in a month and the part of them paid on the report day.</summary>
internal sealed record SolidarityRow(DateOnly Month, decimal Charged, decimal Collected);

internal sealed record PayablesReport(
    DateOnly From, DateOnly To, IReadOnlyList<PayableRow> Fees, decimal FeeTotal, IReadOnlyList<SolidarityRow> Solidarity, decimal SolidarityCharged,
    decimal SolidarityCollected);
