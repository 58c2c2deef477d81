using Microsoft.EntityFrameworkCore;
using Wmk.Accounts.Data;

namespace Wmk.Accounts.Features.OAuth.Clients.ListClients;

/// <summary>One client of the tenant as the admin sees it (never its secret).</summary>
internal sealed record ClientSummary(string ClientId, string Role, DateTimeOffset CreatedAt);

/// <summary>The current tenant's clients, by client id.</summary>
internal sealed class ListClientsHandler(AccountsDbContext db)
{
    public async Task<IReadOnlyList<ClientSummary>> HandleAsync(CancellationToken ct) =>
        (await db.ApiClients.AsNoTracking().Select(c => new ClientSummary(c.ClientId, c.Role, c.CreatedAt)).ToListAsync(ct))
            .OrderBy(c => c.ClientId, StringComparer.Ordinal).ToList();
}
