using Wmk.Accounts;
using Wmk.Documents;
using Wmk.Finance;
using Wmk.GroupMeetings;
using Wmk.Guidance;
using Wmk.Housing;
using Wmk.Kernel.Modularity;
using Wmk.Tenancy;
using Wmk.Volunteers;

namespace Wmk.Host.Startup;

/// <summary>The one list of built-in modules; plugins from the plugins folder come after them.</summary>
internal static class HostModules
{
    public static IEnumerable<WmkModule> BuiltIn() =>
    [
        new CoreModule(),
        new TenancyModule(),
        new AccountsModule(),
        new HousingModule(),
        new GuidanceModule(),
        new FinanceModule(),
        new GroupMeetingsModule(),
        new VolunteersModule(),
        new DocumentsModule(),
    ];
}
