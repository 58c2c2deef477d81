using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Modularity.Plugins;
using Wmk.Kernel.Web.Pages;
using Wmk.Kernel.Settings;

namespace Wmk.Host.Tests.Plugins;

public sealed class SamplePluginHostingTests
{
    [Fact]
    public async Task The_plugins_endpoint_answers_under_api_v1()
    {
        using var plugins = new PluginsFolder().WithSamplePlugin();
        await using var app = BuildApp(ModuleCatalog.Create(PluginModuleLoader.LoadFrom(plugins.Path)));
        await app.StartAsync();

        var response = await app.GetTestClient().GetAsync("/api/v1/sample/ping");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("pong").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_plugins_razor_page_is_served_once_its_parts_are_added()
    {
        using var plugins = new PluginsFolder().WithSamplePlugin();
        await using var app = BuildApp(ModuleCatalog.Create(PluginModuleLoader.LoadFrom(plugins.Path)));
        await app.StartAsync();

        var html = await app.GetTestClient().GetStringAsync("/sample");

        html.ShouldContain("Sample plugin page");
    }

    [Fact]
    public void The_definitions_include_the_plugins_menu_item_permission_and_feature()
    {
        using var plugins = new PluginsFolder().WithSamplePlugin();
        var catalog = ModuleCatalog.Create(PluginModuleLoader.LoadFrom(plugins.Path));

        var registry = new DefinitionRegistry(catalog, m => m.ResourceType ?? typeof(KernelResource));

        registry.MenuItems.ShouldContain(i => i.Url == "/sample" && i.ModuleName == "Sample" && i.Permission == "Sample.Use");
        registry.FindPermission("Sample.Use").ShouldNotBeNull();
        registry.GetValue("Module.Sample").Kind.ShouldBe(ValueKind.Feature);
    }

    private static WebApplication BuildApp(ModuleCatalog catalog)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddRazorPages().AddWmkLazyPages().AddWmkModuleParts(catalog);
        var app = builder.Build();
        var api = app.MapGroup("/api/v1");
        foreach (var module in catalog.Modules)
        {
            module.MapEndpoints(api);
        }

        app.MapRazorPages();
        return app;
    }
}
