using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Host.Tests.Guidance;

namespace Wmk.Host.Tests.Isolation;

/// <summary>The tenant-owned entities of the guidance Referrals area.</summary>
public static class GuidanceReferralsIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
        new(typeof(GuidanceDbContext), typeof(CandidateStatusChange), sp => ReferralsSeed.StatusChangeAsync(sp)),
    ];
}
