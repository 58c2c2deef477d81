using Microsoft.Playwright;
using Wmk.Testing;

namespace Wmk.E2E.Tests;

/// <summary>What a person does in the browser, as steps the tests share.</summary>
internal static class Browser
{
    public static async Task SignInAsync(this IPage page, TestTenant tenant, string password = TestTenant.Password)
    {
        await page.GotoAsync($"/t/{tenant.Slug}/account/login");
        await page.GetByLabel("E-mailadres").FillAsync(tenant.AdminEmail);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    /// <summary>Saves a screenshot next to the test results (for a person to look at), ignoring failures.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
