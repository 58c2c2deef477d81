using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Kernel.Localization;

namespace Wmk.Finance.Features.RentTables;

/// <summary>
/// Gives a tenant without any rent table the first tenant's table of domain.md (names in Dutch, valid from
/// 01/01/2025): occupancy fee by bedrooms, the unit's forfait (€65–€183), technical manager fee, fire insurance and
/// boiler maintenance split over the occupants; the solidarity contribution per person. Safe to run twice.
/// </summary>
internal sealed class RentTableSeeder(FinanceDbContext db, IStringLocalizer<FinanceResource> texts)
{
    public static readonly DateOnly ValidFrom = new(2025, 1, 1);

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.RentTables.AnyAsync(ct))
        {
            return;
        }

        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = WmkCultures.Dutch;
        try
        {
            db.RentTables.Add(new RentTable { Name = texts["Seed:Table"], ValidFrom = ValidFrom, Lines = Lines() });
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        await db.SaveChangesAsync(ct);
    }

    private List<RentLine> Lines() =>
    [
        Line(1, texts["Seed:OccupancyFee", 1], 110m, 1),
        Line(2, texts["Seed:OccupancyFee", 2], 135m, 2),
        Line(3, texts["Seed:OccupancyFee", 3], 160m, 3),
        new() { Position = 4, Name = texts["Seed:Forfait"], FromUnitForfait = true, Minimum = 65m, Maximum = 183m },
        Line(5, texts["Seed:TechnicalManager"], 90m),
        Line(6, texts["Seed:FireInsurance"], 5m),
        Line(7, texts["Seed:Solidarity"], 50m, sharing: LineSharing.PerPerson),
        Line(8, texts["Seed:Boiler"], 7m),
    ];

    private static RentLine Line(int position, string name, decimal amount, int? bedrooms = null, LineSharing sharing = LineSharing.Split) =>
        new() { Position = position, Name = name, Amount = amount, Bedrooms = bedrooms, Sharing = sharing };
}
