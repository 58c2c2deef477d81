using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Wmk.E2E.Tests;

/// <summary>Checks a page as a reader would: links lead where they say, every text is translated and filled in.</summary>
internal static partial class PageChecks
{
    /// <summary>Follows a link of the page's main part (or of <paramref name="within"/>) and checks the page it leads to.</summary>
    public static async Task FollowAsync(this IPage page, string link, Regex url, string within = "main")
    {
        await page.Locator(within).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        await page.WaitForPageAsync(url);
        await page.NoMissingTextAsync();
    }

    /// <summary>Every text of the page is translated and filled in: no resource key and no empty placeholder shows.</summary>
    public static async Task NoMissingTextAsync(this IPage page)
    {
        await page.ParsedAsync();
        var text = await page.Locator("main").InnerTextAsync();
        ResourceKey().Match(text).Value.ShouldBeEmpty(page.Url);
        text.ShouldNotContain("{0}", customMessage: page.Url);
    }

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+:[A-Z][A-Za-z.:]+\b")]
    private static partial Regex ResourceKey();
}
