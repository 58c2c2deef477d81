using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Data;

namespace Wmk.Guidance.Features.Referrals.Refer;

internal sealed record ActiveDuplicate(Guid Id, string FirstName, string LastName, DateOnly BirthDate, DateOnly ReferredOn, CandidateStatus Status);

/// <summary>Finds an active candidate of the whole tenant (every counsellor's) with the same name and birth date.</summary>
internal static class DuplicateReferrals
{
    public static async Task<ActiveDuplicate?> FindAsync(GuidanceDbContext db, string firstName, string lastName, DateOnly birthDate, CancellationToken ct)
    {
        var key = ReferralRules.NameKey(firstName, lastName);
        var sameBirthDate = await db.Candidates.IgnoreQueryFilters([TenantModel.CounsellorFilterName]).AsNoTracking()
            .Where(c => c.BirthDate == birthDate && c.Status != CandidateStatus.Withdrawn && c.Status != CandidateStatus.NotAccepted)
            .Select(c => new
            {
                Duplicate = new ActiveDuplicate(c.Id, c.FirstName, c.LastName, c.BirthDate, c.ReferredOn, c.Status),
                Left = db.Residents.Any(r => r.CandidateId == c.Id && r.Status == ResidentStatus.Left),
            })
            .ToListAsync(ct);
        return sameBirthDate
            .Where(c => ReferralRules.IsActive(c.Duplicate.Status, c.Left) && ReferralRules.NameKey(c.Duplicate.FirstName, c.Duplicate.LastName) == key)
            .Select(c => c.Duplicate)
            .OrderBy(d => d.ReferredOn)
            .FirstOrDefault();
    }
}
