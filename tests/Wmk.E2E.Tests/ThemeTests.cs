using Microsoft.Playwright;

namespace Wmk.E2E.Tests;

public sealed class ThemeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_language_switch_shows_english_texts_and_back()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/account/login");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("nl");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await page.WaitForSelectorAsync("html[lang=en]");
        page.Url.ShouldEndWith("/account/login");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Sign in");
        (await page.GetByLabel("Password").IsVisibleAsync()).ShouldBeTrue();

        await page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await page.WaitForSelectorAsync("html[lang=nl]");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Aanmelden");
    }

    [Fact]
    public async Task On_a_phone_a_signed_in_page_does_not_scroll_sideways()
    {
        var tenant = await browser.Host.CreateTenantAsync();
        var page = await browser.NewPageAsync(width: 375, height: 740);
        await page.SignInAsync(tenant);

        foreach (var path in new[] { "/", "/admin/users", "/admin/organisation" })
        {
            await page.OpenAsync(path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.ShouldBeLessThanOrEqualTo(0, path);
        }

        await page.OpenAsync("/");
        await page.ScreenshotAsync("phone-home");
        browser.CspViolations(page).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_first_tab_reaches_the_visible_skip_link_which_moves_focus_to_the_content()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/account/login");

        await page.Keyboard.PressAsync("Tab");

        (await page.EvaluateAsync<string>("() => document.activeElement.className")).ShouldBe("skip-link");
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        box.ShouldNotBeNull();
        box.X.ShouldBeGreaterThanOrEqualTo(0);
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        outline.ShouldBe("solid");

        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("main");
    }
}
