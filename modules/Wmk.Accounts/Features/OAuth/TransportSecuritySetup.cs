using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenIddict.Server.AspNetCore;

namespace Wmk.Accounts.Features.OAuth;

/// <summary>
/// HTTPS is required when the host requires it (Security:RequireHttps, on by default outside Development and
/// Testing); development and test hosts may serve the protocol over plain HTTP.
/// </summary>
internal sealed class TransportSecuritySetup(IWebHostEnvironment environment, IConfiguration configuration)
    : IConfigureOptions<OpenIddictServerAspNetCoreOptions>
{
    public void Configure(OpenIddictServerAspNetCoreOptions options) =>
        options.DisableTransportSecurityRequirement = !Kernel.Web.Security.SecureCookies.RequireHttps(environment, configuration);
}
