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

        await page.AddUnitAsync(Address, "Wilrijk", "2026-01-01", "2027-12-31");
        var unitUrl = page.Url;

        (await BoardRowAsync(page, scene)).ShouldContain("1 / 1");

        await page.OpenAsync(unitUrl);
        await page.FillAsync("#resident", "Noor Testbewoner");
        await page.FillAsync("#start", "2026-11-26");
        await page.SubmitAsync(page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Overeenkomst starten" }));

        var row = await BoardRowAsync(page, scene);
        row.ShouldContain("0 / 1");
        row.ShouldContain("Noor Testbewoner");

        await page.OpenAsync(unitUrl);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Woning wijzigen" }).ClickAsync();
        (await page.InputValueAsync("#forfait")).ShouldBe("95,50");
        await page.FillAsync("#district", "Merksem");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForPageAsync(unitUrl);
        (await BoardRowAsync(page, scene)).ShouldContain("Merksem");
        browser.CspViolations(page).ShouldBeEmpty();
    }

    private static async Task<string> BoardRowAsync(Microsoft.Playwright.IPage page, PortalScene scene)
    {
        await page.OpenAsync($"/t/{scene.Tenant.Slug}/housing/board");
        return await page.Locator("tr", new() { HasText = Address }).InnerTextAsync();
    }
}
