using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation;
using Quartz;
using Wmk.Accounts.Data;
using Wmk.Accounts.Features.OAuth.Clients;
using Wmk.Accounts.Features.OAuth.Clients.CreateClient;
using Wmk.Accounts.Features.OAuth.Clients.DeleteClient;
using Wmk.Accounts.Features.OAuth.Clients.ListClients;
using Wmk.Accounts.Features.OAuth.Keys;
using Wmk.Accounts.Features.OAuth.Pruning;
using Wmk.Kernel.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Wmk.Accounts.Features.OAuth;

/// <summary>The OpenIddict server (code + PKCE, refresh with rotation, client credentials) and its validation.</summary>
internal static class OAuthServiceCollectionExtensions
{
    public static IServiceCollection AddWmkOAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<AccountsDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris(OAuthRoutes.Authorize[1..])
                    .SetTokenEndpointUris(OAuthRoutes.Token[1..])
                    .SetUserInfoEndpointUris(OAuthRoutes.UserInfo[1..])
                    .SetEndSessionEndpointUris(OAuthRoutes.Logout[1..]);
                o.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().AllowClientCredentialsFlow();
                o.RequireProofKeyForCodeExchange();
                o.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                o.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess);
                if (configuration["Auth:Issuer"] is { Length: > 0 } issuer)
                {
                    o.SetIssuer(new Uri(issuer));
                }

                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
            });
        services.RemoveAll<IAuthenticationSchemeProvider>();
        services.AddSingleton<IAuthenticationSchemeProvider, OAuthRequestSchemes>();
        services.AddSingleton<ServerKeysState>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ServerKeysSetup>();
        services.AddSingleton<IOptionsMonitorCache<OpenIddictServerOptions>, ServerOptionsCache<OpenIddictServerOptions>>();
        services.AddSingleton<IOptionsMonitorCache<OpenIddictValidationOptions>, ServerOptionsCache<OpenIddictValidationOptions>>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerAspNetCoreOptions>, TransportSecuritySetup>();
        services.AddScoped<SigningKeyStore>();
        services.AddScoped<AccountGrants>();
        services.AddScoped<ApiClientDirectory>();
        services.AddScoped<CreateClientValidator>();
        services.AddScoped<CreateClientHandler>();
        services.AddScoped<IApiClientProvisioning>(sp => sp.GetRequiredService<CreateClientHandler>());
        services.AddScoped<DeleteClientHandler>();
        services.AddScoped<ListClientsHandler>();
        services.AddScoped<TokenPruner>();
        services.AddQuartz(q => q.AddJob<TokenPruningJob>(j => j.WithIdentity(TokenPruningJob.Key))
            .AddTrigger(t => t.ForJob(TokenPruningJob.Key).WithIdentity("Accounts.TokenPruning", "host-jobs")
                .WithCronSchedule("0 30 3 * * ?")));
        return services;
    }
}
