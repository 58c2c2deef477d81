namespace Wmk.Accounts.Features.OAuth.Clients.CreateClient;

/// <summary>A new client of the current tenant; without a secret it is public and needs redirect URIs.</summary>
internal sealed record CreateClientRequest(string ClientId, string? ClientSecret, string Role, IReadOnlyList<Uri> RedirectUris);

/// <summary>The created client; the secret is shown this once and only its hash is stored.</summary>
internal sealed record CreatedClient(string ClientId, string? ClientSecret, string Role);
