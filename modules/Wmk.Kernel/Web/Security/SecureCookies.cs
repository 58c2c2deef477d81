using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Wmk.Kernel.Web.Security;

/// <summary>
/// Every authentication cookie and the antiforgery cookie are Secure when the host requires HTTPS
/// (<c>Security:RequireHttps</c>, on by default outside Development and Testing); otherwise they follow the request.
/// HttpOnly throughout.
/// </summary>
public sealed class SecureCookies(IHostEnvironment environment, IConfiguration configuration)
    : IPostConfigureOptions<CookieAuthenticationOptions>, IPostConfigureOptions<AntiforgeryOptions>
{
    /// <summary>True when the host is served over HTTPS only (directly or behind a TLS-terminating proxy).</summary>
    public static bool RequireHttps(IHostEnvironment environment, IConfiguration configuration) =>
        configuration.GetValue("Security:RequireHttps", !(environment.IsDevelopment() || environment.IsEnvironment("Testing")));

    /// <summary>The Secure flag policy (the host's own cookies use it too): Always when HTTPS is required, else
    /// it follows the request.</summary>
    public static CookieSecurePolicy PolicyFor(IHostEnvironment environment, IConfiguration configuration) =>
        RequireHttps(environment, configuration) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        options.Cookie.SecurePolicy = PolicyFor(environment, configuration);
        options.Cookie.HttpOnly = true;
    }

    public void PostConfigure(string? name, AntiforgeryOptions options)
    {
        options.Cookie.SecurePolicy = PolicyFor(environment, configuration);
        options.Cookie.HttpOnly = true;
    }
}
