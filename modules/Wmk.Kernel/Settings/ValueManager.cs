using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Settings;

internal sealed class ValueManager(
    KernelDbContext db,
    DefinitionRegistry definitions,
    TenantValueCache cache,
    ICurrentTenant tenant,
    IDataProtectionProvider protection) : IValueManager
{
    public Task SetTenantValueAsync(string name, string? value, CancellationToken cancellationToken = default) =>
        SetAsync(null, name, value, cancellationToken);

    public Task SetUserValueAsync(Guid userId, string name, string? value, CancellationToken cancellationToken = default) =>
        SetAsync(userId, name, value, cancellationToken);

    public async Task<string?> GetTenantValueAsync(string name, CancellationToken cancellationToken = default)
    {
        var definition = definitions.GetValue(name);
        var values = await cache.GetAsync(cancellationToken);
        return values.TryGetValue((definition.Kind, name, null), out var stored) && stored is not null
            ? definition.IsSecret ? Protector.Unprotect(stored) : stored
            : null;
    }

    private IDataProtector Protector => protection.CreateProtector(ValueChain.ProtectorPurpose);

    private async Task SetAsync(Guid? userId, string name, string? value, CancellationToken ct)
    {
        tenant.GetRequiredId();
        var definition = definitions.GetValue(name);
        var row = await db.TenantValues.SingleOrDefaultAsync(
            v => v.Kind == definition.Kind && v.Name == name && v.UserId == userId, ct);
        if (value is null)
        {
            if (row is not null)
            {
                db.TenantValues.Remove(row);
            }
        }
        else
        {
            var stored = definition.IsSecret ? Protector.Protect(value) : value;
            if (row is null)
            {
                db.TenantValues.Add(new TenantValue { Kind = definition.Kind, Name = name, UserId = userId, Value = stored });
            }
            else
            {
                row.Value = stored;
            }
        }

        await db.SaveChangesAsync(ct);
        cache.Invalidate();
    }
}
