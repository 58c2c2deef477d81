using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Wmk.Accounts.Domain;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Accounts.Features.OAuth.Keys;

/// <summary>
/// Gives the server its signing and encryption keys: certificates from configuration
/// (Auth:SigningCertificatePath / Auth:EncryptionCertificatePath, each with an optional ...Password) when set,
/// else RSA keys kept in the database. Runs once, when the server options are first needed.
/// </summary>
internal sealed class ServerKeysSetup(IServiceScopeFactory scopes, IConfiguration configuration, ICurrentTenant tenant)
    : IConfigureOptions<OpenIddictServerOptions>
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
            using var host = tenant.Change((Guid?)null);
            using var scope = scopes.CreateScope();
            var store = scope.ServiceProvider.GetRequiredService<SigningKeyStore>();
            signing ??= store.GetOrCreate(SigningKey.Signing);
            encryption ??= store.GetOrCreate(SigningKey.Encryption);
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
