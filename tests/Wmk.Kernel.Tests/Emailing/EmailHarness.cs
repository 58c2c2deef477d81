using Wmk.Testing;
using Wmk.Kernel.Emailing;
using Wmk.Kernel.Tests.Support;
using Wmk.Kernel.Tests.Templating;

namespace Wmk.Kernel.Tests.Emailing;

/// <summary>A kernel with the e-mail settings declared, e-mailing and the test templates registered.</summary>
internal static class EmailHarness
{
    public static Task<KernelHarness> StartAsync(SmtpTestServer? hostServer = null, string? hostUser = null, string? hostPassword = null) =>
        KernelHarness.StartAsync(o =>
        {
            o.Define(EmailSettingNames.Define);
            o.ConfigureServices(s => s.AddTestTemplates().AddWmkEmailing());
            o.Configuration["Email:PickupFolder"] = PickupFolder(o.Folder);
            o.Configuration[$"Settings:{EmailSettingNames.FromAddress}"] = "info@wmk.test";
            o.Configuration[$"Settings:{EmailSettingNames.FromName}"] = "Woonkans";
            if (hostServer is not null)
            {
                o.Configuration[$"Settings:{EmailSettingNames.SmtpHost}"] = "127.0.0.1";
                o.Configuration[$"Settings:{EmailSettingNames.SmtpPort}"] = hostServer.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
                o.Configuration[$"Settings:{EmailSettingNames.SmtpSecurity}"] = "None";
                o.Configuration[$"Settings:{EmailSettingNames.SmtpUserName}"] = hostUser;
                o.Configuration[$"Settings:{EmailSettingNames.SmtpPassword}"] = hostPassword;
            }
        });

    public static string PickupFolder(string harnessFolder) => Path.Combine(harnessFolder, "mail-pickup");
}
