using Microsoft.Playwright;
using Wmk.Testing.Housing;

namespace Wmk.E2E.Tests;

public sealed class PartnerPortalTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_housing_company_portal_user_sees_only_its_own_units_and_figures()
    {
        var scene = await PortalScene.CreateAsync(browser.Host);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(scene.CompanyUser, scene.Tenant.Slug);

        await page.OpenAsync($"/t/{scene.Tenant.Slug}/housing/units");
        var units = await page.Locator("main").InnerTextAsync();
        await page.OpenAsync($"/t/{scene.Tenant.Slug}/housing/companies");
        var companies = await page.Locator("main").InnerTextAsync();

        units.ShouldContain(PortalScene.AddressX);
        units.ShouldNotContain(PortalScene.AddressY);
        companies.ShouldContain(PortalScene.CompanyX);
        companies.ShouldNotContain(PortalScene.CompanyY);
        (units + companies).ShouldNotContain(PortalScene.ResidentX);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        (await menu.GetByRole(AriaRole.Link, new() { Name = "Bezettingsbord" }).CountAsync()).ShouldBe(0);
        browser.CspViolations(page).ShouldBeEmpty();
    }
}
