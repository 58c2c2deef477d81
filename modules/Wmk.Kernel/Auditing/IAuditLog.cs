namespace Wmk.Kernel.Auditing;

/// <summary>Writes the current tenant's audit trail: <c>await audit.RecordAsync(AuditAction.Read, "Resident", id);</c></summary>
public interface IAuditLog
{
    /// <summary>
    /// Records that the current user did <paramref name="action"/> on a record, now, and saves it at once (with
    /// anything else pending on the scope's kernel DbContext). Throws when no tenant is set.
    /// </summary>
    /// <param name="action">What was done.</param>
    /// <param name="entityType">The kind of record, e.g. "Resident".</param>
    /// <param name="entityId">The record's id (formatted invariantly), or null.</param>
    /// <param name="details">A short note without personal data; cut at 500 characters.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    Task RecordAsync(AuditAction action, string entityType, object? entityId = null, string? details = null,
        CancellationToken cancellationToken = default);
}
