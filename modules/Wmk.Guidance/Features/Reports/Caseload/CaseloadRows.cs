namespace Wmk.Guidance.Features.Reports.Caseload;

/// <summary>A staff member's active residents (no resident data).</summary>
internal sealed record CaseloadRow(Guid AccountId, string Name, int Residents);

internal sealed record CaseloadView(DateOnly Day, IReadOnlyList<CaseloadRow> Rows, int Unassigned, int Total);

/// <summary>Groups active residents by case worker, the largest caseload first, then by name; no case worker counts as unassigned.</summary>
internal static class CaseloadRows
{
    public static CaseloadView Of(DateOnly day, IReadOnlyCollection<Guid?> caseWorkers, IReadOnlyDictionary<Guid, string> names, string unknownName)
    {
        var rows = caseWorkers.OfType<Guid>()
            .GroupBy(id => id)
            .Select(g => new CaseloadRow(g.Key, names.GetValueOrDefault(g.Key, unknownName), g.Count()))
            .OrderByDescending(r => r.Residents).ThenBy(r => r.Name, StringComparer.CurrentCulture).ThenBy(r => r.AccountId)
            .ToList();
        return new CaseloadView(day, rows, caseWorkers.Count(c => c is null), caseWorkers.Count);
    }
}
