using System.Net;
using Wmk.Host.Startup;
using Wmk.Host.Tests.Admin;
using Wmk.Testing;

namespace Wmk.Host.Tests.Theming;

public sealed class ThemeSelectionTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static string MinimalThemeDll => Path.Combine(AppContext.BaseDirectory, "Wmk.Themes.Minimal.dll");

    [Fact]
    public async Task The_basic_theme_dresses_pages_by_default_with_the_active_menu_item_marked()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var tenant = await host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(host, tenant);

        var html = await admin.GetStringAsync("/admin/users");

        html.ShouldContain("class=\"skip-link\" href=\"#main\"");
        html.ShouldContain("<a href=\"/admin/users\" aria-current=\"page\">");
        html.ShouldContain("<a href=\"/admin/roles\">");
        html.ShouldContain("href=\"/account/organisations\">Organisatie wisselen</a>");
        html.ShouldNotContain("data-theme=\"minimal\"");
    }

    [Fact]
    public async Task Another_theme_chosen_by_configuration_replaces_the_basic_layout()
    {
        File.Exists(MinimalThemeDll).ShouldBeTrue();
        await using var host = await WmkTestHost.StartAsync(DatabaseKind.Sqlite, b =>
        {
            b.Configuration["Theme:Name"] = "Minimal";
            b.Configuration["Theme:Assembly"] = MinimalThemeDll;
        });

        var response = await host.CreateClient().GetAsync("/account/login");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("<body data-theme=\"minimal\">");
        html.ShouldContain("name=\"Password\"");
        html.ShouldNotContain("skip-link");
    }

    [Fact]
    public async Task An_unknown_theme_stops_the_start_with_its_name()
    {
        var error = await Should.ThrowAsync<StartupException>(() =>
            WmkTestHost.StartAsync(DatabaseKind.Sqlite, b => b.Configuration["Theme:Name"] = "Bestaat-Niet"));

        error.Message.ShouldContain("Bestaat-Niet");
    }
}
