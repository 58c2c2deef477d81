using Microsoft.Playwright;
using Wmk.Testing;

namespace Wmk.E2E.Tests;

/// <summary>
/// One host on Kestrel and one headless Chromium (Debian's /usr/bin/chromium, never a downloaded one) per test class.
/// Browser tests run on SQLite: they test the pages, the engines are covered by the HTTP tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;
    private WmkTestHost? host;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> cspViolations = [];

    public WmkTestHost Host => host ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        File.Exists(ChromiumPath).ShouldBeTrue($"{ChromiumPath} is missing: build/test.sh installs Debian's chromium package.");
        host = await WmkTestHost.StartAsync(DatabaseKind.Sqlite, kestrel: true);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
            Timeout = 30_000,
        });
    }

    /// <summary>A fresh browser context (own cookies) with a page of the given width; Dutch unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, string locale = "nl-BE")
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
        });
        // 60 s: on a 2-core machine the browser tests run beside the integration tests, and a page can wait its turn; at
        // 30 s, waits for the page after a form post (a new location, a saved template) timed out about once in four
        // full runs, and each passed alone in seconds.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        PageTrail.Follow(page, Host.LogFile);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                {
                    violations.Add(message.Text);
                }
            }
        };
        cspViolations.Add(page, violations);
        return page;
    }

    /// <summary>The browser's console reports of what the content security policy blocked on a page.</summary>
    public IReadOnlyList<string> CspViolations(IPage page)
    {
        var violations = cspViolations.GetValue(page, _ => []);
        lock (violations)
        {
            return [.. violations];
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
