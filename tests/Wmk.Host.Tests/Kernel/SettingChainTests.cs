using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Startup;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Emailing;
using Wmk.Kernel.Settings;
using Wmk.Testing;

namespace Wmk.Host.Tests.Kernel;

public sealed class SettingChainTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_setting_comes_from_the_user_then_the_tenant_then_host_configuration_then_the_default(DatabaseKind kind)
    {
        await using var plain = await WmkTestHost.StartAsync(kind);
        var t0 = await plain.CreateTenantAsync();
        (await Read(plain, t0, null)).ShouldBe("nl-BE");

        await using var host = await WmkTestHost.StartAsync(kind, b => b.Configuration["Settings:Ui.Culture"] = "en");
        var tenant = await host.CreateTenantAsync();
        var other = await host.CreateTenantAsync();
        var userId = Guid.NewGuid();
        (await Read(host, tenant, userId)).ShouldBe("en");

        await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<IValueManager>().SetTenantValueAsync(CoreModule.UiCulture, "nl-BE"));
        (await Read(host, tenant, userId)).ShouldBe("nl-BE");
        (await Read(host, other, userId)).ShouldBe("en");

        await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<IValueManager>().SetUserValueAsync(userId, CoreModule.UiCulture, "en"));
        (await Read(host, tenant, userId)).ShouldBe("en");
        (await Read(host, tenant, Guid.NewGuid())).ShouldBe("nl-BE");

        await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<IValueManager>().SetTenantValueAsync(CoreModule.UiCulture, null));
        (await Read(host, tenant, Guid.NewGuid())).ShouldBe("en");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_secret_setting_is_stored_encrypted_and_read_back_in_clear(DatabaseKind kind)
    {
        await using var host = await WmkTestHost.StartAsync(kind);
        var tenant = await host.CreateTenantAsync();
        await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<IValueManager>().SetTenantValueAsync(EmailSettingNames.SmtpPassword, "geheim-123"));

        var raw = await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<KernelDbContext>().TenantValues
            .Where(v => v.Name == EmailSettingNames.SmtpPassword).Select(v => v.Value).SingleAsync());
        raw.ShouldNotBeNull();
        raw.ShouldNotContain("geheim-123");
        (await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<ISettingProvider>().GetAsync(EmailSettingNames.SmtpPassword)))
            .ShouldBe("geheim-123");
    }

    private static Task<string?> Read(WmkTestHost host, TestTenant tenant, Guid? userId) =>
        host.InTenantAsync(tenant.Info, sp =>
        {
            if (userId is { } id)
            {
                sp.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
                {
                    User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString())], "test")),
                };
            }

            return sp.GetRequiredService<ISettingProvider>().GetAsync(CoreModule.UiCulture);
        });
}
