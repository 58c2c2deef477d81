using Microsoft.Playwright;

namespace Wmk.E2E.Tests;

/// <summary>The tests' own browser waits: they never hang on a "load" event, and a failed one says where the page stood.</summary>
public sealed class BrowserWaitTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Waiting_for_the_page_already_shown_needs_no_load_event()
    {
        var page = await browser.NewPageAsync();
        // A page whose image never arrives: its document is read, its "load" event never fires.
        await page.RouteAsync("**/never.png", _ => Task.CompletedTask);
        await page.RouteAsync("**/stalled", route => route.FulfillAsync(new()
        {
            ContentType = "text/html", Body = "<!doctype html><html><body><p>Gelezen</p><img src=\"/never.png\" alt=\"\"></body></html>",
        }));
        await page.OpenAsync("/stalled");
        page.Context.SetDefaultTimeout(2_000);

        await page.WaitForPageAsync("/stalled");
        await page.WaitForPageAsync(new System.Text.RegularExpressions.Regex("/stalled$"));
        (await page.Locator("p").InnerTextAsync()).ShouldBe("Gelezen");
        // Why the helper asks the document itself: Playwright's own wait, told "commit", waits for "load" once the address
        // matches. When this starts passing, Playwright has changed and the helper may go back to it.
        (await Should.ThrowAsync<Exception>(() => page.WaitForURLAsync("**/stalled", Browser.Committed))).Message.ShouldContain("Timeout 2000ms exceeded");
    }

    [Fact]
    public void The_tests_navigate_and_wait_only_through_the_helpers()
    {
        string[] waitsForLoad = ["GotoAsync(", "ReloadAsync(", "WaitForURLAsync(", "WaitForLoadStateAsync(", "WaitForNavigationAsync("];
        var folder = Path.GetDirectoryName(ThisFile())!;
        File.Exists(Path.Combine(folder, "Browser.cs")).ShouldBeTrue($"the browser tests' sources are not at {folder}");
        var offenders = Directory.EnumerateFiles(folder, "*.cs")
            .Where(f => Path.GetFileName(f) is not ("Browser.cs" or "BrowserWaitTests.cs"))
            .SelectMany(f => File.ReadLines(f).Select((line, n) => (File: Path.GetFileName(f), Line: n + 1, Text: line)))
            .Where(l => waitsForLoad.Any(l.Text.Contains))
            .Select(l => $"{l.File}:{l.Line}")
            .ToList();

        offenders.ShouldBeEmpty("Playwright's own navigation waits can hang on the 'load' event: use OpenAsync, ReloadPageAsync, WaitForPageAsync or SubmitAsync (Browser.cs)");
    }

    [Fact]
    public async Task A_wait_for_a_page_that_never_comes_fails_with_the_address_and_the_last_answers()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/account/login");
        page.Context.SetDefaultTimeout(1_500);

        var failure = await Should.ThrowAsync<PageStepException>(() => page.WaitForPageAsync("/never-there"));

        failure.Message.ShouldContain("Timeout 1500ms exceeded");
        failure.Message.ShouldContain("Address now: " + browser.Host.BaseAddress + "/account/login");
        failure.Message.ShouldContain("Last answers: GET /account/login → 200");
        failure.Message.ShouldContain("Without answer: " + Environment.NewLine);
        failure.Message.ShouldContain("Host warnings and errors (last 5): ");
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
