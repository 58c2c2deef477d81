using Wmk.Testing.Housing;

namespace Wmk.E2E.Tests;

public sealed class LettingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Address = "Teststraat 7, 2610 Wilrijk";

    [Fact]
    public async Task A_coordinator_adds_a_certified_unit_lets_it_sees_the_free_places_change_and_edits_it()
    {
        var scene = await PortalScene.CreateAsync(browser.Host);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(scene.Tenant);

        await page.GotoAsync($"/t/{scene.Tenant.Slug}/housing/units/new");
        await page.FillAsync("#address", Address);
        await page.FillAsync("#district", "Wilrijk");
        await page.FillAsync("#fee", "110,00");
        await page.FillAsync("#forfait", "95,50");
        await page.FillAsync("#from", "2026-01-01");
        await page.FillAsync("#until", "2027-12-31");
        await page.FillAsync("#epc", "2025-01-01");
        await page.FillAsync("#epcx", "2035-01-01");
        await page.FillAsync("#conf", "2025-01-01");
        await page.FillAsync("#confx", "2030-01-01");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/housing/units/[0-9a-f-]{36}$"));
        var unitUrl = page.Url;

        (await BoardRowAsync(page, scene)).ShouldContain("1 / 1");

        await page.GotoAsync(unitUrl);
        await page.FillAsync("#resident", "Noor Testbewoner");
        await page.FillAsync("#start", "2026-11-26");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Overeenkomst starten" }).ClickAsync();
        await page.WaitForLoadStateAsync();

        var row = await BoardRowAsync(page, scene);
        row.ShouldContain("0 / 1");
        row.ShouldContain("Noor Testbewoner");

        await page.GotoAsync(unitUrl);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Woning wijzigen" }).ClickAsync();
        (await page.InputValueAsync("#forfait")).ShouldBe("95,50");
        await page.FillAsync("#district", "Merksem");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForURLAsync(unitUrl);
        (await BoardRowAsync(page, scene)).ShouldContain("Merksem");
        browser.CspViolations(page).ShouldBeEmpty();
    }

    private static async Task<string> BoardRowAsync(Microsoft.Playwright.IPage page, PortalScene scene)
    {
        await page.GotoAsync($"/t/{scene.Tenant.Slug}/housing/board");
        return await page.Locator("tr", new() { HasText = Address }).InnerTextAsync();
    }
}
