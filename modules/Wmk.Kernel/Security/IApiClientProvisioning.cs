namespace Wmk.Kernel.Security;

/// <summary>Registers OAuth clients of the current tenant for operators; implemented by the accounts module.</summary>
public interface IApiClientProvisioning
{
    /// <summary>
    /// Creates a client of the current tenant acting with <paramref name="role"/>. With a secret it is confidential
    /// (client credentials); with redirect URIs it may use the authorization code flow with PKCE.
    /// </summary>
    Task CreateAsync(string clientId, string? clientSecret, string role, IReadOnlyList<Uri> redirectUris,
        CancellationToken cancellationToken = default);
}
