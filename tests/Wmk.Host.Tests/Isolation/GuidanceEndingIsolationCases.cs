namespace Wmk.Host.Tests.Isolation;

/// <summary>The tenant-owned entities of the guidance Ending area.</summary>
public static class GuidanceEndingIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
    ];
}
