using Microsoft.Playwright;

namespace Wmk.E2E.Tests;

public sealed class SignInTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_coordinator_signs_in_sees_the_organisation_and_the_admin_menu_and_signs_out()
    {
        var tenant = await browser.Host.CreateTenantAsync();
        var page = await browser.NewPageAsync();

        await page.SignInAsync(tenant);

        (await page.Locator("header .brand").InnerTextAsync()).ShouldContain(tenant.Info.Name);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe($"Welkom bij {tenant.Info.Name}");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        (await menu.GetByRole(AriaRole.Link, new() { Name = "Gebruikers" }).IsVisibleAsync()).ShouldBeTrue();
        (await menu.GetByRole(AriaRole.Link, new() { Name = "Rollen" }).IsVisibleAsync()).ShouldBeTrue();
        (await page.EvaluateAsync<bool>("() => typeof htmx === 'object'")).ShouldBeTrue();

        await menu.GetByRole(AriaRole.Link, new() { Name = "Gebruikers" }).ClickAsync();
        (await menu.GetByRole(AriaRole.Link, new() { Name = "Gebruikers" }).GetAttributeAsync("aria-current")).ShouldBe("page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Aanmelden" }).WaitForAsync();
        (await menu.GetByRole(AriaRole.Link, new() { Name = "Gebruikers" }).CountAsync()).ShouldBe(0);
        browser.CspViolations(page).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_person_on_the_form_with_a_message()
    {
        var tenant = await browser.Host.CreateTenantAsync();
        var page = await browser.NewPageAsync();
        await page.OpenAsync($"/t/{tenant.Slug}/account/login");
        await page.GetByLabel("E-mailadres").FillAsync(tenant.AdminEmail);
        await page.GetByLabel("Wachtwoord").FillAsync("Verkeerd-Wachtwoord-1");

        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        page.Url.ShouldNotContain("@");
        page.Url.ShouldNotContain("%40");
    }
}
