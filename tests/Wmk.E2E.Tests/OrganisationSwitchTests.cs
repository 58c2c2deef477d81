using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.E2E.Tests;

public sealed class OrganisationSwitchTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_account_of_two_organisations_picks_one_then_switches_to_the_other_and_sees_only_that_one()
    {
        var a = await browser.Host.CreateTenantAsync();
        var b = await browser.Host.CreateTenantAsync();
        await browser.Host.InTenantAsync(a.Info, sp => sp.GetRequiredService<IAccountProvisioning>()
            .EnsureMemberAsync(b.AdminEmail, TestTenant.Password, "Gedeeld", [WmkRoles.Staff]));
        var page = await browser.NewPageAsync();

        await page.SignInAsync(b.AdminEmail, slug: null);
        await page.WaitForPageAsync(url => url.EndsWith("/account/organisations", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = a.Info.Name }).ClickAsync();
        await page.WaitForPageAsync(url => url.Contains($"/t/{a.Slug}/", StringComparison.Ordinal));
        (await page.Locator("header .brand").InnerTextAsync()).ShouldContain(a.Info.Name);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe($"Welkom bij {a.Info.Name}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Organisatie wisselen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = b.Info.Name }).ClickAsync();
        await page.WaitForPageAsync(url => url.Contains($"/t/{b.Slug}/", StringComparison.Ordinal));

        (await page.Locator("header .brand").InnerTextAsync()).ShouldContain(b.Info.Name);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe($"Welkom bij {b.Info.Name}");
        (await page.ContentAsync()).ShouldNotContain(a.Info.Name);
        browser.CspViolations(page).ShouldBeEmpty();
    }
}
