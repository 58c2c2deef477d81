using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;

namespace Wmk.Host.Tests.Guidance.Reports;

/// <summary>Candidates and residents written straight to the guidance context, as the reports read them.</summary>
internal static class ReportsSeed
{
    public const string SecretName = "Geheimnaam";

    public static Task ExitAsync(IServiceProvider sp, DateOnly leftOn, Destination? destination) =>
        ResidentAsync(sp, leftOn.AddMonths(-11).AddDays(-30), leftOn.AddMonths(-11), r => (r.Status, r.LeftOn, r.Destination) = (ResidentStatus.Left, leftOn, destination));

    public static Task StartedAsync(IServiceProvider sp, DateOnly referredOn, DateOnly startedOn, Guid? caseWorker = null) =>
        ResidentAsync(sp, referredOn, startedOn, r => r.CaseWorkerAccountId = caseWorker);

    public static async Task<Guid> CandidateAsync(IServiceProvider sp, DateOnly referredOn, CandidateStatus status)
    {
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var candidate = new Candidate
        {
            FirstName = SecretName, LastName = "Rapport", BirthDate = referredOn.AddYears(-20), Gender = Gender.X, CounsellorName = "Consulent",
            Preference = HousingPreference.Solo, GuidanceStartedOn = referredOn.AddMonths(-3), ReferredOn = referredOn,
            ExpectedStartOn = referredOn.AddMonths(2), Status = status,
        };
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync();
        return candidate.Id;
    }

    private static async Task ResidentAsync(IServiceProvider sp, DateOnly referredOn, DateOnly startedOn, Action<Resident> set)
    {
        var candidate = await CandidateAsync(sp, referredOn, CandidateStatus.Started);
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var resident = new Resident
        {
            CandidateId = candidate, ContractId = Guid.NewGuid(), UnitId = Guid.NewGuid(), StartedOn = startedOn,
            ContractEnd = startedOn.AddYears(1).AddDays(-1),
        };
        set(resident);
        db.Residents.Add(resident);
        await db.SaveChangesAsync();
    }
}
