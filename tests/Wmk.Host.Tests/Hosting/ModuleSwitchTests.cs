using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Tests.Plugins;
using Wmk.Kernel.MultiTenancy;
using Wmk.Testing;

namespace Wmk.Host.Tests.Hosting;

public sealed class ModuleSwitchTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_plugin_module_switched_off_loses_its_menu_its_api_and_its_pages_for_that_tenant_only(DatabaseKind kind)
    {
        using var plugins = new PluginsFolder().WithSamplePlugin();
        await using var host = await WmkTestHost.StartAsync(kind, b => b.Configuration["Plugins:Folder"] = plugins.Path);
        var off = await host.CreateTenantAsync();
        var on = await host.CreateTenantAsync();
        var client = host.CreateClient();
        await client.SignInAsync(off.AdminEmail, TestTenant.Password, off.Slug);

        (await client.GetAsync($"/t/{off.Slug}/api/v1/sample/ping")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetStringAsync($"/t/{off.Slug}/")).ShouldContain("href=\"/t/" + off.Slug + "/sample\"");

        await host.InTenantAsync(null, sp => sp.GetRequiredService<ITenantAdministration>().SetModuleAsync(off.Slug, "Sample", false));

        (await client.GetAsync($"/t/{off.Slug}/api/v1/sample/ping")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/t/{off.Slug}/sample")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetStringAsync($"/t/{off.Slug}/")).ShouldNotContain("/sample\"");
        (await host.CreateClient().GetAsync($"/t/{on.Slug}/api/v1/sample/ping")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var modules = await host.InTenantAsync(null, sp => sp.GetRequiredService<ITenantAdministration>().ListModulesAsync(off.Slug));
        modules.Single(m => m.Name == "Sample").Enabled.ShouldBeFalse();
    }
}
