using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Outbox;

/// <summary>Handles one message inside the tenant that is current, and books the outcome on the message.</summary>
internal sealed class OutboxMessageRunner(
    IServiceScopeFactory scopes,
    ICurrentTenant currentTenant,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxMessageRunner> logger)
{
    // Messages this host is handling now. The lease keeps other hosts off; this keeps a second drain of this host off a
    // message whose lease ran out while it is still being handled (a slow SMTP server; a test clock moved by months).
    private readonly ConcurrentDictionary<Guid, byte> running = new();

    /// <summary>
    /// Claims, handles and books the message; false when it was not due (any more), another host took it, or this host
    /// is handling it already.
    /// </summary>
    public async Task<bool> RunAsync(Guid messageId, CancellationToken ct)
    {
        if (!running.TryAdd(messageId, 0))
        {
            return false;
        }

        try
        {
            return await ClaimAndRunAsync(messageId, ct);
        }
        finally
        {
            running.TryRemove(messageId, out _);
        }
    }

    private async Task<bool> ClaimAndRunAsync(Guid messageId, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        if (!await ClaimAsync(db, messageId, ct))
        {
            return false;
        }

        var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == messageId, ct);
        try
        {
            await HandleAsync(message, ct);
            message.ProcessedAt = time.GetUtcNow().UtcDateTime;
            message.LastError = null;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            BookFailure(message, $"{ex.GetType().Name}: {ex.Message}");
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    /// <summary>Counts a failed attempt for a message that cannot run now (its tenant is gone or disabled).</summary>
    public async Task PostponeAsync(Guid messageId, string reason, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == messageId, ct);
        BookFailure(message, reason);
        await db.SaveChangesAsync(ct);
    }

    private async Task<bool> ClaimAsync(KernelDbContext db, Guid id, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var leaseEnd = now + options.Value.Lease;
        var claimed = await db.Set<OutboxMessage>()
            .Where(m => m.Id == id && m.ProcessedAt == null && m.DeadAt == null && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, leaseEnd), ct);
        return claimed == 1;
    }

    private async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var handler = scope.ServiceProvider.GetServices<IOutboxHandler>().FirstOrDefault(h => h.Type == message.Type)
            ?? throw new InvalidOperationException($"No outbox handler is registered for type '{message.Type}'.");
        await handler.HandleAsync(message.Payload, ct);
    }

    private void BookFailure(OutboxMessage message, string error)
    {
        var now = time.GetUtcNow().UtcDateTime;
        message.Attempts++;
        message.LastError = error.Length > OutboxMessageConfiguration.ErrorLength
            ? error[..OutboxMessageConfiguration.ErrorLength]
            : error;
        if (message.Attempts >= options.Value.MaxAttempts)
        {
            message.DeadAt = now;
            logger.LogError(
                "Outbox message {MessageId} ({Type}) of tenant {Slug} is dead after {Attempts} attempts",
                message.Id, message.Type, currentTenant.Slug, message.Attempts);
            return;
        }

        message.NextAttemptAt = now + OutboxOptions.BackoffAfter(message.Attempts);
        signal.WakeAt(message.NextAttemptAt);
        logger.LogWarning(
            "Outbox message {MessageId} ({Type}) of tenant {Slug} failed attempt {Attempts}; next at {NextAttemptAt:o}",
            message.Id, message.Type, currentTenant.Slug, message.Attempts, message.NextAttemptAt);
    }
}
