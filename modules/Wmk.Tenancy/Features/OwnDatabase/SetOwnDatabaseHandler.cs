using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Data;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Data;

namespace Wmk.Tenancy.Features.OwnDatabase;

/// <summary>
/// Gives a tenant its own database (same engine as the host) or takes it back to the shared one. The new database is
/// migrated before the connection string is stored, so a tenant never points at a database without tables.
/// </summary>
internal sealed class SetOwnDatabaseHandler(
    TenancyDbContext db, TenantStore store, TenantCache cache, DatabaseSettings host, DatabaseMigrator migrator,
    IDataProtectionProvider protection, IStringLocalizer<TenancyResource> texts)
{
    public async Task HandleAsync(string slug, string? connectionString, CancellationToken ct)
    {
        var lower = slug.Trim().ToLowerInvariant();
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Slug == lower, ct)
            ?? throw new NotFoundException(typeof(TenancyResource), "Tenant:NotFound", slug);
        var raw = string.IsNullOrWhiteSpace(connectionString) ? null : connectionString.Trim();
        if (raw is not null)
        {
            Validate(raw);
            var target = store.ToInfo(tenant) with { ConnectionString = raw };
            try
            {
                await migrator.MigrateTenantAsync(target, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new InvalidRequestException([texts["Database:Unreachable"]]);
            }
        }

        tenant.ProtectedConnectionString = raw is null ? null : protection.CreateProtector(TenantStore.ConnectionPurpose).Protect(raw);
        await db.SaveChangesAsync(ct);
        cache.Invalidate(store.ToInfo(tenant));
    }

    private void Validate(string raw)
    {
        DatabaseSettings parsed;
        try
        {
            parsed = DatabaseSettings.Parse(raw);
        }
        catch (DatabaseConfigurationException)
        {
            throw new InvalidRequestException([texts["Database:Malformed"]]);
        }

        if (parsed.Provider != host.Provider)
        {
            throw new InvalidRequestException([texts["Database:OtherEngine", host.Provider]]);
        }
    }
}
