using Microsoft.EntityFrameworkCore;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Modularity;

namespace Wmk.Housing.Features.Demo;

/// <summary>A fictional housing company, technical manager and 12 units in Wilrijk, Merksem and Deurne, some shared and let.</summary>
internal sealed class HousingDemoData(
    HousingDbContext db, PartnersHandler partners, UnitsHandler units, ContractsHandler contracts, TimeProvider clock) : IDemoDataContributor
{
    private static readonly string[] Districts = ["Wilrijk", "Merksem", "Deurne"];
    private static readonly string[] Residents = ["Yasmine D.", "Bram V.", "Lina K.", "Mohamed A.", "Emma P.", "Sem J."];

    public async Task SeedDemoAsync(CancellationToken cancellationToken)
    {
        if (await db.Partners.AnyAsync(cancellationToken))
        {
            return;
        }

        var company = await partners.AddAsync(new PartnerInput(
            PartnerKind.HousingCompany, "Woonhaven (demo)", 18000, "Ilse Verhuur", "verhuur@woonhaven.example", "03 123 45 67"), cancellationToken);
        var manager = await partners.AddAsync(new PartnerInput(
            PartnerKind.TechnicalManager, "Interim Vastgoedbeheer (demo)", null, "Tom Technisch", "technisch@ivb.example", "03 765 43 21"), cancellationToken);
        var today = clock.Today();
        for (var i = 0; i < 12; i++)
        {
            var shared = i % 4 == 3;
            var bedrooms = shared ? 3 : 1 + (i % 3);
            var fee = bedrooms switch { 1 => 110m, 2 => 135m, _ => 160m };
            var unit = await units.AddAsync(new UnitInput(
                $"{Districts[i % 3]}straat {10 + (i * 7)}", Districts[i % 3], company.Id, manager.Id, fee, bedrooms, i % 5, i % 2 == 0, i % 3 == 0,
                shared ? EnergyContract.Forfait : EnergyContract.ResidentName, shared ? EnergyContract.Forfait : EnergyContract.ResidentName,
                65m + (i * 9.5m), today.AddMonths(-6), today.AddMonths(i == 0 ? 2 : 18 + i), i % 3 == 0 ? AvailabilityEndReason.Demolition : AvailabilityEndReason.Renovation,
                i % 6 == 1 ? LettingCategory.EmergencyShelter : i % 6 == 2 ? LettingCategory.TargetGroup : LettingCategory.AvoidingVacancy,
                i == 11, shared, false, today.AddMonths(-7), today.AddYears(9), today.AddMonths(-7), today.AddYears(4)), cancellationToken);
            if (i < Residents.Length)
            {
                await contracts.StartAsync(new StartContractInput(
                    unit.Id, null, null, Residents[i], today.AddMonths(-1 - (i % 4)).AddDays(i), i == 0 ? today.AddMonths(2) : null), cancellationToken);
            }
        }
    }
}
