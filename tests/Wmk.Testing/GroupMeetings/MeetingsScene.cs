using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.Units;

namespace Wmk.Testing.GroupMeetings;

/// <summary>A tenant with two residents of Merksem units (real housing contracts), the first with a counsellor's e-mail.</summary>
public sealed record MeetingsScene(TestTenant Tenant, string Noor, string Lars)
{
    public static async Task<MeetingsScene> CreateAsync(WmkTestHost host)
    {
        var tenant = await host.CreateTenantAsync();
        await host.InTenantAsync(tenant.Info, async sp =>
        {
            var partners = sp.GetRequiredService<PartnersHandler>();
            var company = await partners.AddAsync(new PartnerInput(PartnerKind.HousingCompany, "Woonhaven", 1000, null, null, null), default);
            var manager = await partners.AddAsync(new PartnerInput(PartnerKind.TechnicalManager, "IVB", null, null, null, null), default);
            foreach (var (first, counsellorEmail) in new[] { ("Noor", "els@caw.test"), ("Lars", (string?)null) })
            {
                var start = new DateOnly(2026, 7, 1);
                var unit = await sp.GetRequiredService<UnitsHandler>().AddAsync(new UnitInput(
                    $"{first}straat 1, 2170 Merksem", "Merksem", company.Id, manager.Id, 110m, 1, 1, false, true, EnergyContract.ResidentName,
                    EnergyContract.Forfait, 65m, start.AddMonths(-1), start.AddYears(3), AvailabilityEndReason.Renovation, LettingCategory.AvoidingVacancy,
                    false, false, false, start.AddYears(-1), start.AddYears(9), start.AddYears(-1), start.AddYears(4)), default);
                var residentId = Guid.NewGuid();
                var contract = await sp.GetRequiredService<ContractsHandler>().StartAsync(
                    new StartContractInput(unit.Id, null, residentId, first + " Testbewoner", start, null), default);
                var db = sp.GetRequiredService<GuidanceDbContext>();
                var candidate = new Candidate
                {
                    FirstName = first, LastName = "Testbewoner", BirthDate = new DateOnly(2005, 3, 1), Gender = Gender.X, Email = $"{first.ToLowerInvariant()}@bewoner.test",
                    CounsellorName = "Els", CounsellorEmail = counsellorEmail, Preference = HousingPreference.Solo, GuidanceStartedOn = start.AddMonths(-4),
                    ReferredOn = start.AddMonths(-2), ExpectedStartOn = start, Status = CandidateStatus.Started,
                };
                db.Candidates.Add(candidate);
                db.Residents.Add(new Resident
                {
                    Id = residentId, CandidateId = candidate.Id, ContractId = contract.Id, UnitId = unit.Id, StartedOn = start, ContractEnd = contract.End,
                });
                await db.SaveChangesAsync();
            }
        });
        return new MeetingsScene(tenant, "Noor Testbewoner", "Lars Testbewoner");
    }
}
