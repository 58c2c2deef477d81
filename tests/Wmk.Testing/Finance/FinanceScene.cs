using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.Units;

namespace Wmk.Testing.Finance;

/// <summary>
/// A tenant with two solo Merksem units of one housing company (forfait € 65): Noor lives in the first since
/// <see cref="NoorStart"/> (real housing contract, guidance resident with e-mail), the second is free.
/// </summary>
public sealed record FinanceScene(TestTenant Tenant, Guid NoorUnit, Guid FreeUnit, string FreeAddress)
{
    public const string Noor = "Noor Betaler";
    public static readonly DateOnly NoorStart = new(2026, 10, 1);

    public static async Task<FinanceScene> CreateAsync(WmkTestHost host)
    {
        var tenant = await host.CreateTenantAsync();
        var (noorUnit, freeUnit) = await host.InTenantAsync(tenant.Info, async sp =>
        {
            var partners = sp.GetRequiredService<PartnersHandler>();
            var company = await partners.AddAsync(new PartnerInput(PartnerKind.HousingCompany, "Woonhaven", 1000, null, null, null), default);
            var manager = await partners.AddAsync(new PartnerInput(PartnerKind.TechnicalManager, "IVB", null, null, null, null), default);
            var units = new List<Guid>();
            foreach (var number in new[] { 1, 3 })
            {
                var from = NoorStart.AddMonths(-1);
                units.Add((await sp.GetRequiredService<UnitsHandler>().AddAsync(new UnitInput(
                    $"Kasseiweg {number}, 2170 Merksem", "Merksem", company.Id, manager.Id, 110m, 1, 1, false, true, EnergyContract.ResidentName,
                    EnergyContract.Forfait, 65m, from, from.AddYears(3), AvailabilityEndReason.Renovation, LettingCategory.AvoidingVacancy,
                    false, false, false, from.AddYears(-1), from.AddYears(9), from.AddYears(-1), from.AddYears(4)), default)).Id);
            }

            var contract = await sp.GetRequiredService<ContractsHandler>().StartAsync(
                new StartContractInput(units[0], null, Guid.NewGuid(), Noor, NoorStart, null), default);
            await AddResidentAsync(sp, Noor, contract.Id, null);
            return (units[0], units[1]);
        });
        return new FinanceScene(tenant, noorUnit, freeUnit, "Kasseiweg 3, 2170 Merksem");
    }

    /// <summary>
    /// Gives the housing contract of <paramref name="name"/> (started on the unit's page) its guidance candidate and
    /// resident, with the resident's e-mail "{first}@bewoner.test" and the counsellor's e-mail when given.
    /// </summary>
    public static Task LinkResidentAsync(WmkTestHost host, TestTenant tenant, string name, string? counsellorEmail) =>
        host.InTenantAsync(tenant.Info, async sp =>
        {
            var contract = await sp.GetRequiredService<HousingDbContext>().Contracts.AsNoTracking().SingleAsync(c => c.ResidentName == name);
            await AddResidentAsync(sp, name, contract.Id, counsellorEmail);
        });

    /// <summary>The resident's e-mail address in this scene.</summary>
    public static string EmailOf(string name) => name.Split(' ')[0].ToLowerInvariant() + "@bewoner.test";

    private static async Task AddResidentAsync(IServiceProvider sp, string name, Guid contractId, string? counsellorEmail)
    {
        var contract = await sp.GetRequiredService<HousingDbContext>().Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId);
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var parts = name.Split(' ', 2);
        var candidate = new Candidate
        {
            FirstName = parts[0], LastName = parts[1], BirthDate = new DateOnly(2005, 3, 1), Gender = Gender.X, Email = EmailOf(name),
            CounsellorName = "Els Begeleider", CounsellorEmail = counsellorEmail, Preference = HousingPreference.Solo,
            GuidanceStartedOn = contract.Start.AddMonths(-4), ReferredOn = contract.Start.AddMonths(-2), ExpectedStartOn = contract.Start,
            Status = CandidateStatus.Started,
        };
        db.Candidates.Add(candidate);
        db.Residents.Add(new Resident
        {
            Id = contract.ResidentId, CandidateId = candidate.Id, ContractId = contract.Id, UnitId = contract.UnitId, StartedOn = contract.Start,
            ContractEnd = contract.End,
        });
        await db.SaveChangesAsync();
    }
}
