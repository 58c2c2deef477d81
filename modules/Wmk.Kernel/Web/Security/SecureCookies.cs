using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Wmk.Kernel.Web.Security;

/// <summary>
/// Every authentication cookie and the antiforgery cookie are Secure outside Development and Testing (which run on
/// plain http on the loopback); there they follow the request. HttpOnly throughout.
/// </summary>
public sealed class SecureCookies(IHostEnvironment environment)
    : IPostConfigureOptions<CookieAuthenticationOptions>, IPostConfigureOptions<AntiforgeryOptions>
{
    /// <summary>The Secure flag policy for an environment (the host's own cookies use it too): Always, except in
    /// Development and Testing, where it follows the request.</summary>
    public static CookieSecurePolicy PolicyFor(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing") ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        options.Cookie.SecurePolicy = PolicyFor(environment);
        options.Cookie.HttpOnly = true;
    }

    public void PostConfigure(string? name, AntiforgeryOptions options)
    {
        options.Cookie.SecurePolicy = PolicyFor(environment);
        options.Cookie.HttpOnly = true;
    }
}
