using Wmk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Emailing;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Outbox;
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
            o.ConfigureServices(s => s.AddTestTemplates().AddWmkEmailing().AddSingleton<ITenantStore, AnyTenantStore>());
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

    /// <summary>Mail goes through the outbox: hand what is queued to the transports now.</summary>
    public static Task DrainAsync(this KernelHarness kernel) => kernel.Services.GetRequiredService<OutboxDrainer>().DrainOnceAsync();

    /// <summary>Every id is an active tenant: the tenancy module's store is not what these tests are about.</summary>
    private sealed class AnyTenantStore : ITenantStore
    {
        public Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
            Task.FromResult<TenantInfo?>(null);

        public Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
            Task.FromResult<TenantInfo?>(new TenantInfo(id, "t" + id.ToString("N")[..8], "Tenant", true, null));

        public Task<IReadOnlyList<TenantInfo>> ListActiveAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<TenantInfo>>([]);
    }
}
