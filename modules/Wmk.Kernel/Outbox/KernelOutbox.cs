using System.Text.Json;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Outbox;

internal sealed class KernelOutbox(KernelDbContext db, ICurrentTenant tenant, TimeProvider time) : IOutbox
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Add(string type, object payload)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentNullException.ThrowIfNull(payload);
        var now = time.GetUtcNow().UtcDateTime;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            TenantId = tenant.GetRequiredId(),
            Type = type,
            Payload = payload as string ?? JsonSerializer.Serialize(payload, payload.GetType(), Json),
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }

    public async Task EnqueueAsync(string type, object payload, CancellationToken cancellationToken = default)
    {
        Add(type, payload);
        if (db.Database.CurrentTransaction is null)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
