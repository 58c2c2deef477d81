namespace Wmk.Host.Tests.Isolation;

/// <summary>The tenant-owned entities of the guidance Referrals area.</summary>
public static class GuidanceReferralsIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
    ];
}
