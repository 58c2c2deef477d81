using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Documents.Contracts;
using Wmk.Kernel.Data;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Security;
using Wmk.Volunteers.Data;
using Wmk.Volunteers.Features;
using Wmk.Volunteers.Features.Activities;
using Wmk.Volunteers.Features.Demo;
using Wmk.Volunteers.Features.Documents;
using Wmk.Volunteers.Features.Duos;
using Wmk.Volunteers.Features.Intake;
using Wmk.Volunteers.Features.Reports;
using Wmk.Volunteers.Features.SignUp;

namespace Wmk.Volunteers;

/// <summary>Volunteers (issue #8, first half): public sign-up, intake and invitation, duo-trajects, other activities, reports.</summary>
public sealed class VolunteersModule : WmkModule
{
    public override string Name => "Volunteers";

    public override Type? ResourceType => typeof(VolunteersResource);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddWmkDbContext<VolunteersDbContext, VolunteersSqliteDbContext, VolunteersPostgreSqlDbContext>();
        SignUpMails.Register(services);
        services.AddScoped<SignUpHandler>();
        services.AddScoped<VolunteersHandler>();
        services.AddScoped<ActivitiesHandler>();
        services.AddScoped<DuoLog>();
        services.AddScoped<TrajectsHandler>();
        services.AddScoped<MyDuosHandler>();
        services.AddScoped<ReportsHandler>();
        services.AddScoped<IDemoDataContributor, VolunteersDemoData>();
        services.AddScoped<IDocumentModelSource, VolunteerModelSource>();
    }

    public override void Define(ModuleDefinitions definitions)
    {
        definitions.Permission(VolunteersPermissions.Manage, defaultRoles: [WmkRoles.Coordinator, WmkRoles.Staff, WmkRoles.GroupWorker]);
        definitions.Permission(VolunteersPermissions.OwnDuos, defaultRoles: [WmkRoles.Volunteer]);
        definitions.Setting(VolunteersSettings.GoodConductRequired, "false");
        definitions.Setting(VolunteersSettings.GoodConductValidMonths, "12");
        definitions.Setting(VolunteersSettings.ProposalAnswerDays, "7");
        definitions.Setting(VolunteersSettings.SignUpsPerHour, "30");
        definitions.Setting(VolunteersSettings.InternHoursTarget, "40");
        definitions.MenuItem("Menu:Volunteers", "/volunteers", VolunteersPermissions.Manage, 60);
        definitions.MenuItem("Menu:Trajects", "/volunteers/trajects", VolunteersPermissions.Manage, 61);
        definitions.MenuItem("Menu:Reports", "/volunteers/reports", VolunteersPermissions.Manage, 62);
        definitions.MenuItem("Menu:MyDuos", "/volunteers/my-duos", VolunteersPermissions.OwnDuos, 63);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api) => VolunteersEndpoints.Map(api);
}
