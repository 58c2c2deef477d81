using System.Net;
using System.Text.RegularExpressions;
using Wmk.Testing;

namespace Wmk.Host.Tests.Security;

public sealed partial class SecurityHeadersTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/t/bestaat-niet/")]
    [InlineData("/api/v1/admin/members")]
    public async Task Every_response_carries_the_security_headers_also_errors(string path)
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);

        var response = await host.CreateClient().GetAsync(path);

        Header(response, "Content-Security-Policy").ShouldBe(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
            "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'");
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "X-Frame-Options").ShouldBe("DENY");
        Header(response, "Referrer-Policy").ShouldBe("same-origin");
        Header(response, "Permissions-Policy").ShouldContain("camera=()");
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style_and_htmx_is_told_not_to_inject_styles()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var tenant = await host.CreateTenantAsync();
        var client = host.CreateClient();
        await client.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug);

        foreach (var page in new[] { "/", "/admin/users", "/admin/organisation" })
        {
            var html = await client.GetStringAsync(page);
            html.ShouldNotContain("<style", Case.Insensitive);
            html.ShouldNotContain(" style=", Case.Insensitive);
            InlineScript().IsMatch(html).ShouldBeFalse(page);
            html.ShouldContain("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false,\"allowEval\":false}' />");
            html.ShouldContain("href=\"/branding/theme.css?v=1d4e89\"");
        }
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_outside_development_and_never_over_http()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var https = host.CreateClient();
        https.BaseAddress = new Uri("https://wmk.example.org");

        var secure = await https.GetAsync("/health");
        var plain = await host.CreateClient().GetAsync("/health");

        Header(secure, "Strict-Transport-Security").ShouldBe("max-age=31536000; includeSubDomains");
        plain.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task Development_sends_no_hsts()
    {
        await using var host = await WmkTestHost.StartAsync(DatabaseKind.Sqlite, environment: "Development");
        var https = host.CreateClient();
        https.BaseAddress = new Uri("https://wmk.example.org");

        var response = await https.GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : $"(no {name})";

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
