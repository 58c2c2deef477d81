using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenIddict.Abstractions;
using Wmk.Accounts.Data;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Accounts.Features.OAuth.Clients.DeleteClient;

/// <summary>Deletes a client of the current tenant with its tokens; its access tokens stop working at once.</summary>
internal sealed class DeleteClientHandler(
    AccountsDbContext db, IOpenIddictApplicationManager applications, ICurrentTenant tenant, IMemoryCache cache)
{
    public async Task HandleAsync(string clientId, CancellationToken ct)
    {
        var tenantId = tenant.GetRequiredId();
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.ClientId == clientId, ct)
            ?? throw new NotFoundException(typeof(AccountsResource), "Clients:NotFound", clientId);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await applications.FindByClientIdAsync(clientId, ct) is { } application)
        {
            await applications.DeleteAsync(application, ct);
        }

        db.ApiClients.Remove(client);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        cache.Remove(MembershipValidator.CacheKey(tenantId, client.Id));
    }
}
