using Microsoft.Playwright;
using Wmk.Testing;

namespace Wmk.E2E.Tests;

public sealed class TwoFactorTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_coordinator_sets_up_two_factor_and_then_signs_in_with_a_code_from_the_app()
    {
        var tenant = await browser.Host.CreateTenantAsync();
        var page = await browser.NewPageAsync();
        await page.SignInAsync(tenant);

        await page.OpenAsync("/account/two-factor");
        var key = await page.Locator("#shared-key").InnerTextAsync();
        await page.GetByLabel("Code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanzetten" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("staat aan");
        (await page.Locator("ul.recovery-codes li").CountAsync()).ShouldBe(10);
        await page.SignOutAsync();

        await page.SubmitSignInAsync(tenant.AdminEmail, tenant.Slug);
        await page.WaitForPageAsync(url => url.Contains("/account/login-2fa", StringComparison.Ordinal));
        await page.GetByLabel("Code").FillAsync("000000");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Deze code klopt niet");
        await page.GetByLabel("Code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await page.WaitForPageAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        (await page.Locator("h1").InnerTextAsync()).ShouldBe($"Welkom bij {tenant.Info.Name}");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).IsVisibleAsync()).ShouldBeTrue();
        browser.CspViolations(page).ShouldBeEmpty();
    }
}
