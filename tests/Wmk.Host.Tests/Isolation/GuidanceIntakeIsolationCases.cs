namespace Wmk.Host.Tests.Isolation;

/// <summary>The tenant-owned entities of the guidance Intake area.</summary>
public static class GuidanceIntakeIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
    ];
}
