using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wmk.Kernel.Auditing;

/// <summary>
/// Refuses any save that would change or delete an <see cref="AuditEntry"/>. Bulk ExecuteUpdate/ExecuteDelete
/// bypass interceptors: never use them on the audit table.
/// </summary>
internal sealed class AuditAppendOnlyInterceptor : SaveChangesInterceptor
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

    private static void Guard(DbContext? context)
    {
        var tampered = context?.ChangeTracker.Entries<AuditEntry>()
            .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (tampered is not null)
        {
            throw new AuditAppendOnlyException(
                $"Audit entries are append-only; entry {tampered.Entity.Id} cannot be {(tampered.State == EntityState.Deleted ? "deleted" : "changed")}. Nothing was saved.");
        }
    }
}

/// <summary>Thrown when code tries to change or delete an audit entry.</summary>
public sealed class AuditAppendOnlyException(string message) : InvalidOperationException(message);
