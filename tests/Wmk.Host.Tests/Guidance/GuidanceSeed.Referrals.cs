using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;

namespace Wmk.Host.Tests.Guidance;

/// <summary>Rows of the Referrals area written straight to the guidance context.</summary>
internal static class ReferralsSeed
{
    public static async Task<Guid> StatusChangeAsync(IServiceProvider sp, Guid? counsellor = null)
    {
        var candidate = await GuidanceSeed.CandidateAsync(sp, counsellor);
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var change = new CandidateStatusChange
        {
            CandidateId = candidate, CounsellorAccountId = counsellor, To = CandidateStatus.Waiting, On = new DateOnly(2026, 4, 1),
            At = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero),
        };
        db.CandidateStatusChanges.Add(change);
        await db.SaveChangesAsync();
        return change.Id;
    }
}
