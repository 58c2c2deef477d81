using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.Data;

namespace Wmk.Host.Tests.Isolation;

/// <summary>Reads and writes an entity type given at run time, through the module's own DbContext.</summary>
internal static class EntityAccess
{
    public static Task<int> CountVisibleAsync(DbContext db, Type entity) =>
        (Task<int>)typeof(EntityAccess).GetMethod(nameof(CountGeneric), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(entity).Invoke(null, [db])!;

    public static Task<ITenantOwned?> FirstOfTenantAsync(DbContext db, Type entity, Guid tenantId) =>
        (Task<ITenantOwned?>)typeof(EntityAccess).GetMethod(nameof(FirstGeneric), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(entity).Invoke(null, [db, tenantId])!;

    private static Task<int> CountGeneric<T>(DbContext db)
        where T : class => db.Set<T>().CountAsync();

    private static async Task<ITenantOwned?> FirstGeneric<T>(DbContext db, Guid tenantId)
        where T : class, ITenantOwned =>
        await db.Set<T>().IgnoreQueryFilters([TenantModel.FilterName]).FirstOrDefaultAsync(e => e.TenantId == tenantId);
}
