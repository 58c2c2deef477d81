using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Accounts.Features.OAuth.Clients.CreateClient;
using Wmk.Accounts.Features.OAuth.Clients.DeleteClient;
using Wmk.Accounts.Features.OAuth.Clients.ListClients;
using Wmk.Kernel.Authorization;

namespace Wmk.Accounts.Features.OAuth.Clients;

/// <summary>JSON for a tenant admin: /api/v1/accounts/clients (list, create with a secret shown once, delete).</summary>
internal static class ClientsApi
{
    internal sealed record CreateClientBody(string ClientId, string? Role, IReadOnlyList<Uri>? RedirectUris, bool Confidential = true);

    public static void Map(IEndpointRouteBuilder api)
    {
        var clients = api.MapGroup("/accounts/clients").RequirePermission(AccountsPermissions.ManageUsers);
        clients.MapGet(string.Empty, (ListClientsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
        clients.MapPost(string.Empty, async (CreateClientBody body, CreateClientHandler handler, CancellationToken ct) =>
        {
            var request = new CreateClientRequest(body.ClientId?.Trim() ?? string.Empty,
                body.Confidential ? CreateClientHandler.NewSecret() : null,
                body.Role ?? Kernel.Security.WmkRoles.Coordinator, body.RedirectUris ?? []);
            var created = await handler.HandleAsync(request, ct);
            return Results.Created($"/api/v1/accounts/clients/{created.ClientId}", created);
        });
        clients.MapDelete("/{clientId}", async (string clientId, DeleteClientHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(clientId, ct);
            return Results.NoContent();
        });
    }
}
