using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenIddict.Server.AspNetCore;

namespace Wmk.Accounts.Features.OAuth;

/// <summary>
/// HTTPS is required in production (Auth:RequireHttps=false only behind a proxy that terminates TLS); development
/// and test hosts may serve the protocol over plain HTTP.
/// </summary>
internal sealed class TransportSecuritySetup(IWebHostEnvironment environment, IConfiguration configuration)
    : IConfigureOptions<OpenIddictServerAspNetCoreOptions>
{
    public void Configure(OpenIddictServerAspNetCoreOptions options) =>
        options.DisableTransportSecurityRequirement = !configuration.GetValue("Auth:RequireHttps", environment.IsProduction());
}
