namespace Wmk.Host.Tests.Isolation;

/// <summary>The tenant-owned entities of the guidance Stay area.</summary>
public static class GuidanceStayIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
    ];
}
