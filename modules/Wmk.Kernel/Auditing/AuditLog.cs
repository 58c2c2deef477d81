using System.Globalization;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;

namespace Wmk.Kernel.Auditing;

internal sealed class AuditLog(KernelDbContext db, ICurrentTenant tenant, ICurrentUser user, TimeProvider time) : IAuditLog
{
    public async Task RecordAsync(AuditAction action, string entityType, object? entityId = null, string? details = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            TenantId = tenant.GetRequiredId(),
            At = time.GetUtcNow().UtcDateTime,
            UserId = user.Id,
            Action = action,
            EntityType = Cut(entityType, AuditEntryConfiguration.EntityTypeLength)!,
            EntityId = Cut(Convert.ToString(entityId, CultureInfo.InvariantCulture), AuditEntryConfiguration.EntityIdLength),
            Details = Cut(details, AuditEntryConfiguration.DetailsLength),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Cut(string? value, int length) =>
        value is not null && value.Length > length ? value[..length] : value;
}
