using Microsoft.Extensions.DependencyInjection;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Inspections;
using Wmk.Housing.Features.Keys;
using Wmk.Housing.Features.MeterReadings;
using Wmk.Housing.Features.Neighbours;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.Units;

namespace Wmk.Host.Tests.Housing;

/// <summary>Creates housing rows through the module's own handlers, inside the current tenant.</summary>
internal static class HousingSeed
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    public static async Task<(Guid Company, Guid Manager)> PartnersAsync(IServiceProvider sp)
    {
        var partners = sp.GetRequiredService<PartnersHandler>();
        var company = await partners.AddAsync(new PartnerInput(PartnerKind.HousingCompany, "Woonhaven", 1000, null, null, null), default);
        var manager = await partners.AddAsync(new PartnerInput(PartnerKind.TechnicalManager, "IVB", null, null, null, null), default);
        return (company.Id, manager.Id);
    }

    public static UnitInput Unit(Guid company, Guid manager, bool shared = false, LettingCategory category = LettingCategory.AvoidingVacancy) => new(
        "Kerkstraat 1", "Merksem", company, manager, 110m, shared ? 2 : 1, 1, false, true, EnergyContract.ResidentName,
        EnergyContract.Forfait, 65m, Today.AddMonths(-6), Today.AddMonths(18), AvailabilityEndReason.Renovation, category,
        false, shared, false, Today.AddYears(-1), Today.AddYears(9), Today.AddYears(-1), Today.AddYears(4));

    public static async Task<Guid> UnitAsync(IServiceProvider sp)
    {
        var (company, manager) = await PartnersAsync(sp);
        return (await sp.GetRequiredService<UnitsHandler>().AddAsync(Unit(company, manager), default)).Id;
    }

    public static async Task<ContractView> ContractAsync(IServiceProvider sp) =>
        await sp.GetRequiredService<ContractsHandler>().StartAsync(
            new StartContractInput(await UnitAsync(sp), null, null, "Bewoner Test", Today, null), default);

    public static async Task InspectionAsync(IServiceProvider sp) =>
        await sp.GetRequiredService<InspectionsHandler>().RecordAsync(await UnitAsync(sp), new InspectionInput(Today, SafetyResult.Ok, null), default);

    public static async Task ReadingAsync(IServiceProvider sp) =>
        await sp.GetRequiredService<MeterReadingsHandler>().RecordAsync(
            await UnitAsync(sp), new ReadingInput(MeterKind.Electricity, Today, 1200m, false), default);

    public static async Task KeyIncidentAsync(IServiceProvider sp)
    {
        var contract = await ContractAsync(sp);
        await sp.GetRequiredService<KeysHandler>().RecordAsync(
            contract.UnitId, new KeyIncidentInput(contract.Id, Today, KeyIncidentKind.Lost, KeyPayer.Resident, 25m, null), default);
    }

    public static async Task NeighbourContactAsync(IServiceProvider sp) =>
        await sp.GetRequiredService<NeighboursHandler>().RecordAsync(
            await UnitAsync(sp), new NeighbourContactInput(Today, NeighbourContactKind.NewOccupancy, "Brief in de bus"), default);
}
