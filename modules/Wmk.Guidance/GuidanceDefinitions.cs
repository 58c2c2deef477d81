using Wmk.Kernel.Modularity;
using Wmk.Kernel.Security;

namespace Wmk.Guidance;

/// <summary>The module-wide permissions, settings and menu; areas add their own details.</summary>
internal static class GuidanceDefinitions
{
    public static void Define(ModuleDefinitions d)
    {
        string[] staff = [WmkRoles.Staff];
        d.Permission(GuidancePermissions.Refer, defaultRoles: [WmkRoles.Staff, WmkRoles.PartnerCounsellor]);
        d.Permission(GuidancePermissions.ViewCandidates, defaultRoles: [WmkRoles.Staff, WmkRoles.PartnerCounsellor]);
        d.Permission(GuidancePermissions.ManageCandidates, defaultRoles: staff);
        d.Permission(GuidancePermissions.ManageIntake, defaultRoles: staff);
        d.Permission(GuidancePermissions.OverrideIntake, defaultRoles: []);
        d.Permission(GuidancePermissions.ConfigureChecklists, defaultRoles: []);
        d.Permission(GuidancePermissions.ViewResidents, defaultRoles: [WmkRoles.Staff, WmkRoles.GroupWorker, WmkRoles.PartnerCounsellor]);
        d.Permission(GuidancePermissions.ManageResidents, defaultRoles: staff);
        d.Permission(GuidancePermissions.ManageConversations, defaultRoles: [WmkRoles.Staff, WmkRoles.PartnerCounsellor]);
        d.Permission(GuidancePermissions.ViewTasks, defaultRoles: [WmkRoles.Staff, WmkRoles.PartnerCounsellor]);
        d.Permission(GuidancePermissions.ViewReports, defaultRoles: staff);

        d.Setting(GuidanceSettings.MinAge, "17");
        d.Setting(GuidanceSettings.MaxAge, "25");
        d.Setting(GuidanceSettings.MinGuidanceMonths, "2");
        d.Setting(GuidanceSettings.PriorityCap, "10");
        d.Setting(GuidanceSettings.FirstConversationDays, "21");
        d.Setting(GuidanceSettings.ConversationIntervalMonths, "3");
        d.Setting(GuidanceSettings.OnboardingDays, "21");
        d.Setting(GuidanceSettings.NoticeMonths, "3");
        d.Setting(GuidanceSettings.ReminderMonths, "1");

        d.MenuItem("Menu:Tasks", "/guidance/tasks", GuidancePermissions.ViewTasks, 20);
        d.MenuItem("Menu:WaitingList", "/guidance/waiting-list", GuidancePermissions.ViewCandidates, 21);
        d.MenuItem("Menu:Residents", "/guidance/residents", GuidancePermissions.ViewResidents, 22);
        d.MenuItem("Menu:Reports", "/guidance/reports", GuidancePermissions.ViewReports, 23);
    }
}
