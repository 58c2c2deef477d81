using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Energy;
using Wmk.Finance.Features.Extras;
using Wmk.Host.Tests.Housing;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.MeterReadings;

namespace Wmk.Host.Tests.Finance.Energy;

/// <summary>Extra charges, forfait versions, reviews and energy checks through the finance handlers, inside the current tenant.</summary>
internal static class EnergySeed
{
    public static readonly DateOnly November = new(2026, 11, 1);

    /// <summary>A solo contract from 26/11/2026 and a key charged on it.</summary>
    public static async Task<ExtraChargeView> ExtraChargeAsync(IServiceProvider sp)
    {
        var contract = await HousingSeed.ContractAsync(sp);
        return await sp.GetRequiredService<ExtraChargesHandler>().AddAsync(
            new ExtraChargeInput(contract.Id, ExtraChargeKind.Key, HousingSeed.Today, 25m, "Nieuwe sleutel"), default);
    }

    /// <summary>
    /// Electricity readings of a unit on the first of each month from <paramref name="first"/>, <paramref name="perMonth"/>
    /// kWh apart (the seeded solo unit's electricity is in its forfait).
    /// </summary>
    public static async Task ReadingsAsync(IServiceProvider sp, Guid unitId, DateOnly first, int months, decimal perMonth)
    {
        var readings = sp.GetRequiredService<MeterReadingsHandler>();
        for (var i = 0; i <= months; i++)
        {
            await readings.RecordAsync(unitId, new ReadingInput(MeterKind.Electricity, first.AddMonths(i), 1000m + (i * perMonth), false), default);
        }
    }

    /// <summary>A solo contract whose unit used 1,000 kWh a month in September and October: the € 65 forfait is far off; accepted at € 150 from December.</summary>
    public static async Task AcceptedForfaitAsync(IServiceProvider sp)
    {
        var contract = await HousingSeed.ContractAsync(sp);
        await ReadingsAsync(sp, contract.UnitId, new DateOnly(2026, 9, 1), 2, 1000m);
        await sp.GetRequiredService<EnergyHandler>().AcceptAsync(contract.UnitId, new EnergyAcceptInput(November, 150m, November.AddMonths(1)), default);
    }

    /// <summary>Energy check 1 of a solo contract marked done.</summary>
    public static async Task CheckAsync(IServiceProvider sp)
    {
        ContractView contract = await HousingSeed.ContractAsync(sp);
        await sp.GetRequiredService<EnergyChecksHandler>().DoneAsync(new EnergyCheckInput(contract.Id, 1, true), default);
    }
}
