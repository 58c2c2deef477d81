using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Host.Tests.Guidance;

namespace Wmk.Host.Tests.Isolation;

/// <summary>The guidance module's tenant-owned entities, one list per area (each area adds its own lines).</summary>
public static class GuidanceIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> Core =
    [
        new(typeof(GuidanceDbContext), typeof(WelfarePartner), sp => GuidanceSeed.WelfarePartnerAsync(sp)),
        new(typeof(GuidanceDbContext), typeof(Candidate), sp => GuidanceSeed.CandidateAsync(sp)),
        new(typeof(GuidanceDbContext), typeof(Resident), sp => GuidanceSeed.ResidentAsync(sp)),
    ];
}
