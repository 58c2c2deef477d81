using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Emailing;
using Wmk.Kernel.Settings;
using Wmk.Testing;

namespace Wmk.Host.Tests.Admin;

public sealed class SettingsTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_secret_setting_is_stored_encrypted_masked_in_the_api_and_read_back_in_plain(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(host, tenant);
        const string secret = "Smtp-Geheim-2026";

        var put = await admin.PutAsJsonAsync($"/api/v1/admin/settings/{EmailSettingNames.SmtpPassword}", new { value = secret });

        (await put.Content.ReadAsStringAsync()).ShouldNotContain(secret);
        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetStringAsync("/api/v1/admin/settings")).ShouldNotContain(secret);
        var raw = await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<KernelDbContext>().TenantValues
            .Where(v => v.Name == EmailSettingNames.SmtpPassword).Select(v => v.Value).SingleAsync());
        raw.ShouldNotBeNull();
        raw.ShouldNotContain(secret);
        (await ReadAsync(host, tenant, EmailSettingNames.SmtpPassword)).ShouldBe(secret);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_settings_page_keeps_a_secret_when_nothing_is_typed_and_resets_a_value_to_its_default(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(host, tenant);
        var secretAction = $"/admin/settings?handler=Save&name={EmailSettingNames.SmtpPassword}";
        var nameAction = $"/admin/settings?handler=Save&name={EmailSettingNames.FromName}";

        (await admin.PostPairsAsync("/admin/settings", secretAction, ("Value", "Eerste-Geheim"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.PostPairsAsync("/admin/settings", secretAction, ("Value", ""))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.PostPairsAsync("/admin/settings", nameAction, ("Value", "Woonkans Gent"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await ReadAsync(host, tenant, EmailSettingNames.SmtpPassword)).ShouldBe("Eerste-Geheim");
        (await ReadAsync(host, tenant, EmailSettingNames.FromName)).ShouldBe("Woonkans Gent");
        var page = await admin.GetStringAsync("/admin/settings");
        page.ShouldContain("Woonkans Gent");
        page.ShouldNotContain("Eerste-Geheim");

        await admin.PostPairsAsync("/admin/settings", nameAction, ("Value", "x"), ("Reset", "true"));
        (await ReadAsync(host, tenant, EmailSettingNames.FromName)).ShouldBe("Wmk");
    }

    private static Task<string?> ReadAsync(WmkTestHost host, TestTenant tenant, string name) =>
        host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<ISettingProvider>().GetAsync(name));
}
