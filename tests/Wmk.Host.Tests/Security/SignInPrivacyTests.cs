using System.Net;
using System.Text.RegularExpressions;
using Wmk.Testing;

namespace Wmk.Host.Tests.Security;

public sealed partial class SignInPrivacyTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_failed_sign_in_puts_the_email_in_no_url_and_no_log(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var email = $"geheim-{Guid.NewGuid():N}@privacy.test";

        var unknown = await host.CreateClient().SignInAsync(email, "Verkeerd-Wachtwoord-1", tenant.Slug);
        var wrong = await host.CreateClient().SignInAsync(tenant.AdminEmail, "Verkeerd-Wachtwoord-1", tenant.Slug);

        foreach (var (response, address) in new[] { (unknown, email), (wrong, tenant.AdminEmail) })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Headers.Location.ShouldBeNull();
            response.RequestMessage!.RequestUri!.ToString().ShouldNotContain("@");
            var html = await response.Content.ReadAsStringAsync();
            foreach (Match url in UrlAttribute().Matches(html))
            {
                Uri.UnescapeDataString(url.Groups[1].Value).ShouldNotContain(address);
            }
        }

        var log = File.Exists(host.LogFile) ? await File.ReadAllTextAsync(host.LogFile) : string.Empty;
        log.ShouldNotContain(email);
        log.ShouldNotContain(tenant.AdminEmail);
    }

    [GeneratedRegex("(?:href|action|src)=\"([^\"]*)\"")]
    private static partial Regex UrlAttribute();
}
