namespace Wmk.E2E.Tests;

public sealed class ContentSecurityPolicyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_browser_blocks_injected_inline_script_and_style_and_reports_it()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/account/login");
        browser.CspViolations(page).ShouldBeEmpty();

        var ran = await page.EvaluateAsync<bool>("""
            async () => {
                const script = document.createElement('script');
                script.textContent = 'window.injected = true;';
                document.body.appendChild(script);
                const style = document.createElement('style');
                style.textContent = 'body { display: none; }';
                document.head.appendChild(style);
                await new Promise(r => setTimeout(r, 100));
                return window.injected === true || getComputedStyle(document.body).display === 'none';
            }
            """);

        ran.ShouldBeFalse();
        await Task.Delay(100);
        browser.CspViolations(page).Count.ShouldBeGreaterThanOrEqualTo(2);
    }
}
