using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;

namespace Wmk.Host.Tests.Guidance;

/// <summary>Rows of the guidance module written straight to its context (for the isolation suite and set-ups).</summary>
internal static class GuidanceSeed
{
    public static async Task<Guid> WelfarePartnerAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var partner = new WelfarePartner { Name = "Nachtopvang " + Guid.NewGuid().ToString("N")[..6], HasPriority = true };
        db.WelfarePartners.Add(partner);
        await db.SaveChangesAsync();
        return partner.Id;
    }

    public static async Task<Guid> CandidateAsync(IServiceProvider sp, Guid? counsellor = null)
    {
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var candidate = new Candidate
        {
            FirstName = "Iso", LastName = "Latie", BirthDate = new DateOnly(2005, 3, 1), Gender = Gender.X, CounsellorName = "Consulent",
            CounsellorAccountId = counsellor, Preference = HousingPreference.Solo, GuidanceStartedOn = new DateOnly(2026, 1, 5),
            ReferredOn = new DateOnly(2026, 4, 1), ExpectedStartOn = new DateOnly(2026, 6, 1),
        };
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync();
        return candidate.Id;
    }

    public static async Task<Guid> ResidentAsync(IServiceProvider sp, Guid? counsellor = null)
    {
        var candidate = await CandidateAsync(sp, counsellor);
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var resident = new Resident
        {
            CandidateId = candidate, CounsellorAccountId = counsellor, ContractId = Guid.NewGuid(), UnitId = Guid.NewGuid(),
            StartedOn = new DateOnly(2026, 6, 1), ContractEnd = new DateOnly(2027, 5, 31),
        };
        db.Residents.Add(resident);
        await db.SaveChangesAsync();
        return resident.Id;
    }
}
