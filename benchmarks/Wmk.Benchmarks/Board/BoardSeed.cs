using Microsoft.Extensions.DependencyInjection;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;

namespace Wmk.Benchmarks.Board;

/// <summary>
/// Fills one tenant with <see cref="Units"/> units (every fourth shared with two places) in 20 districts and
/// <see cref="Contracts"/> contracts: five consecutive one-year contracts per unit, the last one running today.
/// </summary>
internal static class BoardSeed
{
    public const int Units = 2_000;
    public const int Contracts = 10_000;

    public static async Task FillAsync(IServiceProvider sp, DateOnly today)
    {
        var db = sp.GetRequiredService<HousingDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var company = new Partner { Kind = PartnerKind.HousingCompany, Name = "Woonhaven", HousingStock = 200_000 };
        var manager = new Partner { Kind = PartnerKind.TechnicalManager, Name = "IVB" };
        db.Partners.AddRange(company, manager);
        var perUnit = Contracts / Units;
        for (var i = 0; i < Units; i++)
        {
            var shared = i % 4 == 0;
            var unit = new Unit
            {
                Address = $"Kerkstraat {i + 1}", District = $"District {i % 20:00}", HousingCompanyId = company.Id, TechnicalManagerId = manager.Id,
                MonthlyFee = 120m + (i % 50), Bedrooms = shared ? 2 : 1, IsShared = shared, IsReserve = i % 100 == 0,
                AvailableFrom = today.AddYears(-perUnit), AvailableUntil = today.AddMonths(1 + (i % 24)),
                Category = (LettingCategory)(1 + (i % 3)), EndReason = AvailabilityEndReason.Renovation,
                Epc = new Certificate { IssuedOn = today.AddYears(-6), ExpiresOn = today.AddYears(4) },
                Conformity = new Certificate { IssuedOn = today.AddYears(-6), ExpiresOn = today.AddYears(4) },
            };
            db.Units.Add(unit);
            for (var k = 0; k < perUnit; k++)
            {
                var start = today.AddYears(k - perUnit + 1).AddDays(-(i % 200));
                db.Contracts.Add(new OccupancyContract
                {
                    UnitId = unit.Id, Place = 1 + (k % unit.Places), ResidentId = Guid.NewGuid(), ResidentName = $"Bewoner {i}-{k}",
                    Start = start, End = start.AddYears(1).AddDays(-1 - (i % 7)),
                });
            }
        }

        await db.SaveChangesAsync();
    }
}
