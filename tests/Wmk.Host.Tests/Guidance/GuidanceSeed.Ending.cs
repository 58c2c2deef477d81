using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Host.Tests.Housing;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Units;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance;

/// <summary>Residents with a real housing contract, notices, exits and tasks for the Ending area's tests.</summary>
internal static class EndingSeed
{
    /// <summary>A resident (with e-mail and counsellor e-mail) whose housing contract runs one year up to <paramref name="end"/>.</summary>
    public static async Task<(Guid Resident, Guid Contract)> ResidentWithContractAsync(
        IServiceProvider sp, DateOnly end, Guid? counsellor = null, string? email = null, string? counsellorEmail = null)
    {
        var start = end.AddYears(-1).AddDays(1);
        var (company, manager) = await HousingSeed.PartnersAsync(sp);
        var unit = await sp.GetRequiredService<UnitsHandler>().AddAsync(HousingSeed.Unit(company, manager) with
        {
            AvailableFrom = start.AddMonths(-1), AvailableUntil = end.AddYears(2), EpcIssuedOn = start.AddYears(-1),
            EpcExpiresOn = end.AddYears(8), ConformityIssuedOn = start.AddYears(-1), ConformityExpiresOn = end.AddYears(4),
        }, default);
        var residentId = Guid.NewGuid();
        var contract = await sp.GetRequiredService<ContractsHandler>().StartAsync(
            new StartContractInput(unit.Id, null, residentId, "Sam Vertrek", start, end), default);
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var candidate = new Candidate
        {
            FirstName = "Sam", LastName = "Vertrek " + residentId.ToString("N")[..4], BirthDate = new DateOnly(2005, 3, 1), Gender = Gender.X,
            Email = email, CounsellorName = "Consulent Kiosk", CounsellorEmail = counsellorEmail, CounsellorAccountId = counsellor,
            Preference = HousingPreference.Solo, GuidanceStartedOn = start.AddMonths(-4), ReferredOn = start.AddMonths(-2),
            ExpectedStartOn = start, Status = CandidateStatus.Started,
        };
        db.Candidates.Add(candidate);
        db.Residents.Add(new Resident
        {
            Id = residentId, CandidateId = candidate.Id, CounsellorAccountId = counsellor, ContractId = contract.Id, UnitId = unit.Id,
            StartedOn = start, ContractEnd = end,
        });
        await db.SaveChangesAsync();
        return (residentId, contract.Id);
    }

    public static async Task NoticeAsync(IServiceProvider sp)
    {
        var resident = await ResidentAsync(sp);
        var db = sp.GetRequiredService<GuidanceDbContext>();
        db.Notices.Add(new Notice
        {
            ResidentId = resident.Id, CandidateId = resident.CandidateId, Kind = NoticeKind.Termination, ContractEnd = resident.ContractEnd,
            DueOn = resident.ContractEnd.AddMonths(-3), CreatedOn = resident.ContractEnd.AddMonths(-3),
        });
        await db.SaveChangesAsync();
    }

    public static async Task ExitAsync(IServiceProvider sp)
    {
        var resident = await ResidentAsync(sp);
        var db = sp.GetRequiredService<GuidanceDbContext>();
        db.Exits.Add(new ResidentExit
        {
            ResidentId = resident.Id, CandidateId = resident.CandidateId, Cleaning = CleaningResult.Ok, LastDay = resident.ContractEnd,
            RecordedOn = resident.ContractEnd, AftercareContacts = [resident.ContractEnd.AddMonths(1)],
        });
        await db.SaveChangesAsync();
    }

    public static async Task TaskAsync(IServiceProvider sp)
    {
        var resident = await ResidentAsync(sp);
        var db = sp.GetRequiredService<GuidanceDbContext>();
        db.Tasks.Add(new GuidanceTask
        {
            Kind = "Exit", SubjectId = resident.Id, CandidateId = resident.CandidateId, ResidentId = resident.Id, DueOn = resident.ContractEnd,
            CreatedOn = resident.ContractEnd.AddDays(-10),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Runs the daily guidance job for one tenant, as the scheduler does.</summary>
    public static async Task RunDailyJobAsync(WmkTestHost host, TestTenant tenant) =>
        (await host.RunTenantJobAsync("Guidance.ContractEndJob", tenant.Info)).ShouldBeTrue();

    public static void MoveTo(WmkTestHost host, DateOnly day) => host.MoveToDay(day);

    private static async Task<Resident> ResidentAsync(IServiceProvider sp)
    {
        var id = await GuidanceSeed.ResidentAsync(sp);
        return await sp.GetRequiredService<GuidanceDbContext>().Residents.AsNoTracking().SingleAsync(r => r.Id == id);
    }
}
