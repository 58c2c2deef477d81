using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Data;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Navigation;
using Wmk.Tenancy.Data;
using Wmk.Tenancy.Features.Branding;
using Wmk.Tenancy.Features.CreateTenant;
using Wmk.Tenancy.Features.DisableTenant;
using Wmk.Tenancy.Features.ManageModules;
using Wmk.Tenancy.Features.Organisation;
using Wmk.Tenancy.Features.OwnDatabase;
using Wmk.Tenancy.Features.Settings;

namespace Wmk.Tenancy;

/// <summary>Organisations: the host's register of tenants, their modules, branding and profile.</summary>
public sealed class TenancyModule : WmkModule
{
    public override string Name => "Tenancy";

    public override bool CanBeDisabled => false;

    public override Type? ResourceType => typeof(TenancyResource);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddWmkDbContext<TenancyDbContext, TenancySqliteDbContext, TenancyPostgreSqlDbContext>(hostDatabase: true);
        services.AddScoped<TenantStore>();
        services.AddScoped<ITenantStore>(sp => sp.GetRequiredService<TenantStore>());
        services.AddScoped<CreateTenantHandler>();
        services.AddScoped<SetTenantActiveHandler>();
        services.AddScoped<ITenantAdministration, Features.TenantAdministration>();
        services.AddScoped<TenantModulesHandler>();
        services.AddScoped<IBrandingProvider, Features.Branding.BrandingProvider>();
        services.AddScoped<UpdateBrandingHandler>();
        services.AddScoped<OrganisationHandler>();
        services.AddScoped<SetOwnDatabaseHandler>();
        services.AddScoped<Features.ManageTenant.TenantDetailsQuery>();
        services.AddScoped<TenantSettingsHandler>();
    }

    public override void Define(ModuleDefinitions definitions)
    {
        definitions.Permission(TenancyPermissions.ManageTenants, PermissionSide.Host);
        definitions.Permission(TenancyPermissions.ManageOrganisation);
        definitions.MenuItem("Menu:Tenants", "/host/tenants", TenancyPermissions.ManageTenants, 10, MenuArea.Host);
        definitions.MenuItem("Menu:Organisation", "/admin/organisation", TenancyPermissions.ManageOrganisation, 10, MenuArea.TenantAdmin);
        definitions.MenuItem("Menu:Settings", "/admin/settings", TenancyPermissions.ManageOrganisation, 15, MenuArea.TenantAdmin);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        var tenants = api.MapHostTenants();
        tenants.MapSetTenantActive();
        tenants.MapTenantModules();
        OrganisationEndpoint.Map(api);
        SettingsEndpoint.Map(api);
    }
}
