using Microsoft.Playwright;
using Wmk.Testing;

namespace Wmk.E2E.Tests;

/// <summary>What a person does in the browser, as steps the tests share.</summary>
internal static class Browser
{
    public static Task SignInAsync(this IPage page, TestTenant tenant, string password = TestTenant.Password) =>
        page.SignInAsync(tenant.AdminEmail, tenant.Slug, password);

    /// <summary>Signs in on the organisation's login page (or the general one without a slug) and waits to leave it.</summary>
    public static async Task SignInAsync(this IPage page, string email, string? slug, string password = TestTenant.Password)
    {
        await page.SubmitSignInAsync(email, slug, password);
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    /// <summary>Fills in and submits the sign-in form (a second step may follow).</summary>
    public static async Task SubmitSignInAsync(this IPage page, string email, string? slug, string password = TestTenant.Password)
    {
        await page.GotoAsync(slug is null ? "/account/login" : $"/t/{slug}/account/login");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
    }

    /// <summary>Signs out with the header's button and waits for the sign-in link.</summary>
    public static async Task SignOutAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Aanmelden" }).WaitForAsync();
    }

    /// <summary>
    /// Adds a solo unit with its EPC and conformity certificates on the housing form (the first housing company and
    /// technical manager) and waits for the unit's page.
    /// </summary>
    public static async Task AddUnitAsync(this IPage page, string address, string district, string availableFrom, string availableUntil)
    {
        await page.GotoAsync("/housing/units/new");
        await page.FillAsync("#address", address);
        await page.FillAsync("#district", district);
        await page.FillAsync("#fee", "110,00");
        await page.FillAsync("#forfait", "95,50");
        await page.FillAsync("#from", availableFrom);
        await page.FillAsync("#until", availableUntil);
        await page.FillAsync("#epc", "2025-01-01");
        await page.FillAsync("#epcx", "2035-01-01");
        await page.FillAsync("#conf", "2025-01-01");
        await page.FillAsync("#confx", "2030-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/housing/units/[0-9a-f-]{36}$"));
    }

    /// <summary>Saves a screenshot next to the test results (for a person to look at), ignoring failures.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
