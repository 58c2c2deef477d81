using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Theming;
using Wmk.Testing;

namespace Wmk.Host.Tests.Security;

public sealed class BrandingCssTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [InlineData("#1d4e89", "#ffffff", "#1d4e89")]
    [InlineData("#ffe14d", "#000000", "#7f7026")]
    [InlineData("#ffffff", "#000000", "#666666")]
    [InlineData("#000000", "#ffffff", "#000000")]
    [InlineData("rood", "#ffffff", "#1d4e89")]
    public void Text_on_and_links_in_the_brand_colour_keep_a_contrast_of_4_5(string brand, string onBrand, string ink)
    {
        var colors = BrandColors.From(brand);

        colors.OnBrand.ShouldBe(onBrand);
        colors.BrandInk.ShouldBe(ink);
        BrandColors.Contrast(BrandColors.Parse(colors.Brand), BrandColors.Parse(colors.OnBrand)).ShouldBeGreaterThanOrEqualTo(4.5);
        BrandColors.Contrast(BrandColors.Parse(colors.BrandInk), (255, 255, 255)).ShouldBeGreaterThanOrEqualTo(4.5);
    }

    [Fact]
    public void Contrast_follows_wcag()
    {
        BrandColors.Contrast((0, 0, 0), (255, 255, 255)).ShouldBe(21, 0.001);
        BrandColors.Contrast((118, 118, 118), (255, 255, 255)).ShouldBe(4.54, 0.01);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_theme_css_carries_the_tenants_colour_and_dark_text_on_a_light_colour(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(host, tenant);
        var profile = (await admin.GetFromJsonAsync<JsonObject>("/api/v1/admin/organisation"))!;
        profile["primaryColor"] = "#FFE14D";
        (await admin.PutAsJsonAsync("/api/v1/admin/organisation", profile)).IsSuccessStatusCode.ShouldBeTrue();
        var client = host.CreateClient();

        var css = await client.GetAsync($"/t/{tenant.Slug}/branding/theme.css?v=ffe14d");
        var page = await client.GetStringAsync($"/t/{tenant.Slug}/account/login");

        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        css.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        css.Headers.CacheControl!.MaxAge.ShouldNotBeNull();
        (await css.Content.ReadAsStringAsync()).ShouldBe(":root { --brand: #ffe14d; --on-brand: #000000; --brand-ink: #7f7026; }\n");
        page.ShouldContain("href=\"/t/" + tenant.Slug + "/branding/theme.css?v=ffe14d\"");
    }
}
