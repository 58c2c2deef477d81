using System.Data.Common;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Wmk.Accounts.Domain;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Accounts.Features.OAuth.Keys;

/// <summary>
/// Gives the server its signing and encryption keys: certificates from configuration
/// (Auth:SigningCertificatePath / Auth:EncryptionCertificatePath, each with an optional ...Password) when set,
/// else RSA keys kept in the database. Runs when the server options are first needed; while the database cannot
/// be reached it uses throw-away keys and marks the state degraded, so the options are built again later.
/// </summary>
internal sealed class ServerKeysSetup(
    IServiceScopeFactory scopes, IConfiguration configuration, ICurrentTenant tenant, ServerKeysState state,
    ILogger<ServerKeysSetup> logger) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        var signing = Certificate("Signing") is { } signingCert
            ? new X509SecurityKey(signingCert)
            : (SecurityKey?)null;
        var encryption = Certificate("Encryption") is { } encryptionCert
            ? new X509SecurityKey(encryptionCert)
            : (SecurityKey?)null;
        if (signing is null || encryption is null)
        {
            try
            {
                using var host = tenant.Change((Guid?)null);
                using var scope = scopes.CreateScope();
                var store = scope.ServiceProvider.GetRequiredService<SigningKeyStore>();
                signing ??= store.GetOrCreate(SigningKey.Signing);
                encryption ??= store.GetOrCreate(SigningKey.Encryption);
                state.Degraded = false;
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
            {
                logger.LogError(ex, "The authorization server's keys cannot be read from the database; retrying on the next request.");
                state.Degraded = true;
                signing ??= new RsaSecurityKey(RSA.Create(2048));
                encryption ??= new RsaSecurityKey(RSA.Create(2048));
            }
        }

        options.SigningCredentials.Add(new SigningCredentials(signing, SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(
            encryption, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private X509Certificate2? Certificate(string use)
    {
        var path = configuration[$"Auth:{use}CertificatePath"];
        return string.IsNullOrWhiteSpace(path)
            ? null
            : X509CertificateLoader.LoadPkcs12FromFile(path, configuration[$"Auth:{use}CertificatePassword"],
                X509KeyStorageFlags.EphemeralKeySet);
    }
}
