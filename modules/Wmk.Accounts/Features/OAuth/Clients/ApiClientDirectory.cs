using Microsoft.EntityFrameworkCore;
using Wmk.Accounts.Data;
using Wmk.Accounts.Domain;
using Wmk.Kernel.Data;

namespace Wmk.Accounts.Features.OAuth.Clients;

/// <summary>Finds a client's organisation by its client id; the protocol endpoints run before any tenant is known.</summary>
internal sealed class ApiClientDirectory(AccountsDbContext db)
{
    public async Task<ApiClient?> FindAsync(string? clientId, CancellationToken ct) =>
        string.IsNullOrEmpty(clientId)
            ? null
            : await db.ApiClients.IgnoreQueryFilters([TenantModel.FilterName]).AsNoTracking()
                .SingleOrDefaultAsync(c => c.ClientId == clientId, ct);
}
