using System.Security.Cryptography;
using OpenIddict.Abstractions;
using Wmk.Accounts.Data;
using Wmk.Accounts.Domain;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Wmk.Accounts.Features.OAuth.Clients.CreateClient;

/// <summary>
/// Registers a client of the current tenant: OpenIddict's application (secret hashed, PKCE required) and our
/// ApiClient row with its tenant and role, in one transaction.
/// </summary>
internal sealed class CreateClientHandler(
    AccountsDbContext db,
    IOpenIddictApplicationManager applications,
    CreateClientValidator validator,
    ICurrentTenant tenant,
    ICurrentUser user,
    TimeProvider clock) : IApiClientProvisioning
{
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async Task<CreatedClient> HandleAsync(CreateClientRequest request, CancellationToken ct)
    {
        tenant.GetRequiredId();
        await validator.ValidateAsync(request, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await applications.CreateAsync(Descriptor(request), ct);
        db.ApiClients.Add(new ApiClient
        {
            ClientId = request.ClientId,
            Role = request.Role,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = user.Id,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new CreatedClient(request.ClientId, request.ClientSecret, request.Role);
    }

    public Task CreateAsync(string clientId, string? clientSecret, string role, IReadOnlyList<Uri> redirectUris, CancellationToken cancellationToken = default) =>
        HandleAsync(new CreateClientRequest(clientId, clientSecret, role, redirectUris), cancellationToken);

    private static OpenIddictApplicationDescriptor Descriptor(CreateClientRequest request)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = request.ClientId,
            ClientSecret = request.ClientSecret,
            ClientType = request.ClientSecret is null ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = request.ClientId,
        };
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        if (request.ClientSecret is not null)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        }

        if (request.RedirectUris.Count > 0)
        {
            descriptor.Permissions.UnionWith([
                Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Profile, Permissions.Scopes.Email]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            descriptor.RedirectUris.UnionWith(request.RedirectUris);
            descriptor.PostLogoutRedirectUris.UnionWith(request.RedirectUris);
        }

        return descriptor;
    }
}
