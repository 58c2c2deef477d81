using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Contracts;
using Wmk.GroupMeetings.Data;
using Wmk.GroupMeetings.Features;
using Wmk.GroupMeetings.Features.Calendar;
using Wmk.GroupMeetings.Features.Demo;
using Wmk.GroupMeetings.Features.Invitations;
using Wmk.GroupMeetings.Features.Laundry;
using Wmk.GroupMeetings.Features.Locations;
using Wmk.GroupMeetings.Features.Reports;
using Wmk.GroupMeetings.Features.Sessions;
using Wmk.GroupMeetings.Features.WalkIns;
using Wmk.Kernel.Data;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Security;

namespace Wmk.GroupMeetings;

/// <summary>Woonclub sessions, laundry slots and walk-in hours at the neighbourhood apartments (issue #8, group meetings half).</summary>
public sealed class GroupMeetingsModule : WmkModule
{
    public override string Name => "GroupMeetings";

    public override Type? ResourceType => typeof(GroupMeetingsResource);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddWmkDbContext<GroupMeetingsDbContext, GroupMeetingsSqliteDbContext, GroupMeetingsPostgreSqlDbContext>();
        services.AddScoped<LocationsHandler>();
        services.AddScoped<NeighbourhoodResidents>();
        services.AddScoped<SessionsHandler>();
        services.AddScoped<InvitationsHandler>();
        services.AddScoped<LaundryHandler>();
        services.AddScoped<WalkInsHandler>();
        services.AddScoped<ReportsHandler>();
        services.AddScoped<ReportExport>();
        services.AddScoped<ITimelineSource, AbsenceTimeline>();
        services.AddScoped<IDemoDataContributor, MeetingsDemoData>();
        InvitationMails.Register(services);
        services.AddTenantJob<ReminderJob>(Name, ReminderJob.Cron);
        services.AddTenantJob<LaundryAnnouncement>(Name, LaundryAnnouncement.Cron);
    }

    public override void Define(ModuleDefinitions definitions)
    {
        definitions.Permission(GroupMeetingsPermissions.View, defaultRoles: [WmkRoles.Coordinator, WmkRoles.Staff, WmkRoles.GroupWorker]);
        definitions.Permission(GroupMeetingsPermissions.Manage, defaultRoles: [WmkRoles.Coordinator, WmkRoles.GroupWorker]);
        definitions.Permission(GroupMeetingsPermissions.Laundry, defaultRoles: [WmkRoles.Coordinator, WmkRoles.Staff, WmkRoles.GroupWorker]);
        definitions.Setting(GroupMeetingsSettings.NameThemeToResidents, "false");
        definitions.Setting(GroupMeetingsSettings.LaundrySlotsPerWeek, "2");
        definitions.MenuItem("Menu:Meetings", "/meetings", GroupMeetingsPermissions.View, 50);
        definitions.MenuItem("Menu:MeetingsReports", "/meetings/reports", GroupMeetingsPermissions.View, 51);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api) => MeetingsEndpoints.Map(api);

    public override void MapRoutes(IEndpointRouteBuilder endpoints) => CalendarFeed.Map(endpoints);
}
