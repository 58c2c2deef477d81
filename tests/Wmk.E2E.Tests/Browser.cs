using Microsoft.Playwright;
using Wmk.Testing;

namespace Wmk.E2E.Tests;

/// <summary>What a person does in the browser, as steps the tests share.</summary>
internal static class Browser
{
    /// <summary>
    /// Waits for a URL only until the new page's response has arrived, not for its "load" event: waiting for "load"
    /// after a form post or a link has now and then timed out at 60 s although the page was there and the event had
    /// fired (the same as playwright-dotnet issue 2654). Playwright honours it only while the address does not match
    /// yet (see <see cref="WaitForPageAsync(IPage, Func{string, bool})"/>).
    /// </summary>
    internal static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    /// <summary>The document has been read (a function, not an expression: see <see cref="ParsedAsync"/>).</summary>
    private const string DocumentRead = "() => document.readyState !== 'loading'";

    /// <summary>Opens a page and waits until its document has been read (not for its "load" event, see above).</summary>
    public static Task OpenAsync(this IPage page, string url) =>
        page.ParsedAfterAsync(page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit }));

    /// <summary>Reloads the page and waits until its document has been read.</summary>
    public static Task ReloadPageAsync(this IPage page) =>
        page.ParsedAfterAsync(page.ReloadAsync(new() { WaitUntil = WaitUntilState.Commit }));

    /// <summary>Waits for a page whose address matches, until its document has been read.</summary>
    public static Task WaitForPageAsync(this IPage page, System.Text.RegularExpressions.Regex url) => page.WaitForPageAsync(url.IsMatch);

    /// <summary>Waits for the page at this address (absolute, or relative to the page's own), until its document has been read.</summary>
    public static Task WaitForPageAsync(this IPage page, string url) =>
        page.WaitForPageAsync(current =>
            Uri.TryCreate(current, UriKind.Absolute, out var now) && Uri.TryCreate(now, url, out var wanted) && wanted == now);

    /// <summary>
    /// Waits for a page whose address matches, until its document has been read. When the address already matches (a
    /// click waits for the navigation it starts to be committed), only the document is asked: Playwright's own
    /// WaitForURL then waits for the "load" event whatever it was told (its Commit maps to no load state, i.e. "load"),
    /// and that wait is the one that timed out at 60 s.
    /// </summary>
    public static Task WaitForPageAsync(this IPage page, Func<string, bool> url) =>
        url(page.Url) ? page.ParsedAsync() : page.ParsedAfterAsync(page.WaitForURLAsync(url, Committed));

    /// <summary>
    /// Clicks a button whose form post answers with a page (its own or the one it redirects to) and waits until that
    /// new page has been read: the page being left is marked first, so a next step (a reload, another page) never cuts
    /// the post short, also when the answer has the same address.
    /// </summary>
    public static Task SubmitAsync(this IPage page, ILocator button) =>
        PageTrail.ExplainedAsync(page, async () =>
        {
            await page.EvaluateAsync("() => window.wmkLeft = true");
            await button.ClickAsync();
            await page.WaitForFunctionAsync("() => !window.wmkLeft && document.readyState !== 'loading'");
        });

    /// <summary>
    /// The current document has been read (asked of the document itself, not through a load event). The check is a
    /// function, not an expression: Playwright evaluates expressions with eval, which the pages' CSP refuses.
    /// </summary>
    public static Task ParsedAsync(this IPage page) =>
        PageTrail.ExplainedAsync(page, () => page.WaitForFunctionAsync(DocumentRead));

    /// <summary>A navigation, then the new document read; a failure says where the page stood (<see cref="PageTrail"/>).</summary>
    private static Task ParsedAfterAsync(this IPage page, Task navigation) =>
        PageTrail.ExplainedAsync(page, async () =>
        {
            await navigation;
            await page.WaitForFunctionAsync(DocumentRead);
        });

    public static Task SignInAsync(this IPage page, TestTenant tenant, string password = TestTenant.Password) =>
        page.SignInAsync(tenant.AdminEmail, tenant.Slug, password);

    /// <summary>Signs in on the organisation's login page (or the general one without a slug) and waits to leave it.</summary>
    public static async Task SignInAsync(this IPage page, string email, string? slug, string password = TestTenant.Password)
    {
        await page.SubmitSignInAsync(email, slug, password);
        await page.WaitForPageAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    /// <summary>Fills in and submits the sign-in form (a second step may follow).</summary>
    public static async Task SubmitSignInAsync(this IPage page, string email, string? slug, string password = TestTenant.Password)
    {
        await page.OpenAsync(slug is null ? "/account/login" : $"/t/{slug}/account/login");
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
        await page.OpenAsync("/housing/units/new");
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
        await page.WaitForPageAsync(new System.Text.RegularExpressions.Regex("/housing/units/[0-9a-f-]{36}$"));
    }

    /// <summary>Saves a screenshot next to the test results (for a person to look at), ignoring failures.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
