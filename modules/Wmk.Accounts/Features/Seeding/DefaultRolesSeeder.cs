using Microsoft.EntityFrameworkCore;
using Wmk.Accounts.Data;
using Wmk.Accounts.Domain;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Security;

namespace Wmk.Accounts.Features.Seeding;

/// <summary>Gives a tenant the default roles and, the first time only, their default grants.</summary>
internal sealed class DefaultRolesSeeder(AccountsDbContext db, DefinitionRegistry definitions, IPermissionGrantManager grants)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        var missing = WmkRoles.All.Except(existing).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.Roles.AddRange(missing.Select(name => new TenantRole { Name = name, IsStatic = true }));
        await db.SaveChangesAsync(ct);
        var tenantPermissions = definitions.Permissions.Where(p => p.Side == PermissionSide.Tenant).ToList();
        foreach (var role in missing)
        {
            var granted = role == WmkRoles.Coordinator
                ? tenantPermissions
                : tenantPermissions.Where(p => p.DefaultRoles.Contains(role));
            await grants.SetGrantsAsync(role, granted.Select(p => p.Name), ct);
        }
    }
}
