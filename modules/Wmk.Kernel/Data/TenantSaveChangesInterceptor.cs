using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Data;

/// <summary>Sets TenantId on insert and refuses any write of a tenant-owned row outside its tenant.</summary>
internal sealed class TenantSaveChangesInterceptor(ICurrentTenant currentTenant) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Guard(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Guard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Guard(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is IHasConcurrencyStamp stamped && entry.State is EntityState.Added or EntityState.Modified)
            {
                stamped.ConcurrencyStamp = Guid.NewGuid();
            }

            if (entry.Entity is not ITenantOwned owned || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var tenantId = currentTenant.Id
                ?? throw new TenantMismatchException($"{entry.Metadata.ClrType.Name} is tenant-owned and no tenant is set.");

            if (entry.State == EntityState.Added && owned.TenantId == Guid.Empty)
            {
                owned.TenantId = tenantId;
            }

            var original = entry.State == EntityState.Added
                ? owned.TenantId
                : entry.Property(nameof(ITenantOwned.TenantId)).OriginalValue as Guid? ?? Guid.Empty;
            if (owned.TenantId != tenantId || original != tenantId)
            {
                throw new TenantMismatchException(
                    $"{entry.Metadata.ClrType.Name} belongs to another tenant than the current one; nothing was saved.");
            }

            if (owned is ICounselledRecord counselled && currentTenant.CounsellorScope is { } counsellor
                && (counselled.CounsellorAccountId != counsellor || (entry.State != EntityState.Added
                    && entry.Property(nameof(ICounselledRecord.CounsellorAccountId)).OriginalValue as Guid? != counsellor)))
            {
                throw new TenantMismatchException(
                    $"{entry.Metadata.ClrType.Name} is another counsellor's client; nothing was saved.");
            }
        }
    }
}

/// <summary>Thrown when a tenant-owned row would be written without or outside its tenant.</summary>
public sealed class TenantMismatchException(string message) : InvalidOperationException(message);
