using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Housing.Data;
using Wmk.Housing.Features;
using Wmk.Housing.Features.Board;
using Wmk.Housing.Features.CompanyReport;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Demo;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Data;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Security;

namespace Wmk.Housing;

/// <summary>Units, their partners and certificates, occupancy contracts, the board and the housing-company view.</summary>
public sealed class HousingModule : WmkModule
{
    public override string Name => "Housing";

    public override Type? ResourceType => typeof(HousingResource);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddWmkDbContext<HousingDbContext, HousingSqliteDbContext, HousingPostgreSqlDbContext>();
        services.AddScoped<PartnersHandler>();
        services.AddScoped<UnitsHandler>();
        services.AddScoped<ContractsHandler>();
        services.AddScoped<BoardHandler>();
        services.AddScoped<CompanyReportHandler>();
        services.AddScoped<PartnerScope>();
        services.AddScoped<PartnerUsersHandler>();
        services.AddScoped<IDemoDataContributor, HousingDemoData>();
        services.AddScoped<Features.Inspections.InspectionsHandler>();
        services.AddScoped<Features.MeterReadings.MeterReadingsHandler>();
        services.AddScoped<Features.Keys.KeysHandler>();
        services.AddScoped<Features.Neighbours.NeighboursHandler>();
        services.AddScoped<Contracts.IOccupancy, Features.Occupancy.OccupancyService>();
    }

    public override void Define(ModuleDefinitions definitions)
    {
        definitions.Permission(HousingPermissions.ViewUnits, defaultRoles: [WmkRoles.Staff, WmkRoles.TechnicalManager, WmkRoles.HousingCompany]);
        definitions.Permission(HousingPermissions.ManageUnits, defaultRoles: [WmkRoles.Staff]);
        definitions.Permission(HousingPermissions.ManageContracts, defaultRoles: [WmkRoles.Staff]);
        definitions.Permission(HousingPermissions.ViewCompanyReport, defaultRoles: [WmkRoles.Staff, WmkRoles.HousingCompany]);
        definitions.Permission(HousingPermissions.RecordInspections, defaultRoles: [WmkRoles.Staff, WmkRoles.TechnicalManager]);
        definitions.Permission(HousingPermissions.ManageKeys, defaultRoles: [WmkRoles.Staff]);
        definitions.Permission(HousingPermissions.ManageNeighbours, defaultRoles: [WmkRoles.Staff]);
        definitions.Setting(HousingSettings.ContractMonths, "12");
        definitions.Setting(HousingSettings.CapPercent, "1");
        definitions.MenuItem("Menu:Board", "/housing/board", HousingPermissions.ManageContracts, 30);
        definitions.MenuItem("Menu:Units", "/housing/units", HousingPermissions.ViewUnits, 31);
        definitions.MenuItem("Menu:Partners", "/housing/partners", HousingPermissions.ManageUnits, 32);
        definitions.MenuItem("Menu:Companies", "/housing/companies", HousingPermissions.ViewCompanyReport, 33);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        HousingEndpoints.Map(api);
        FollowUpEndpoints.Map(api);
    }
}
