using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wmk.Kernel.Data;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Outbox;

/// <summary>
/// Hands each due message of the outbox to its handler inside the message's own tenant, with retries and back-off.
/// Runs on every host; a short lease on each message keeps two hosts from handling it at once. It drains when this host
/// commits a message (<see cref="OutboxSignal"/>), again at once while a drain took a full batch, when a failed message's
/// back-off ends, and otherwise every <see cref="OutboxOptions.PollInterval"/> (messages of other processes).
/// </summary>
public sealed class OutboxDrainer : BackgroundService
{
    private readonly IServiceScopeFactory scopes;
    private readonly ICurrentTenant currentTenant;
    private readonly OutboxMessageRunner runner;
    private readonly OutboxSignal signal;
    private readonly IOptions<OutboxOptions> options;
    private readonly TimeProvider time;
    private readonly ILogger<OutboxDrainer> logger;

    internal OutboxDrainer(IServiceScopeFactory scopes, ICurrentTenant currentTenant, OutboxMessageRunner runner,
        OutboxSignal signal, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxDrainer> logger)
    {
        this.scopes = scopes;
        this.currentTenant = currentTenant;
        this.runner = runner;
        this.signal = signal;
        this.options = options;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>Handles every message due now, in the shared database and in each tenant's own one.</summary>
    /// <returns>The number of messages attempted (handled or failed).</returns>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken = default)
    {
        var attempted = 0;
        using (currentTenant.Change((Guid?)null))
        {
            var due = await FindDueAsync(acrossTenants: true, cancellationToken);
            foreach (var group in due.GroupBy(m => m.TenantId))
            {
                attempted += await DrainSharedTenantAsync(group.Key, group.Select(m => m.Id), cancellationToken);
            }

            foreach (var tenant in await TenantsWithOwnDatabaseAsync(cancellationToken))
            {
                using (currentTenant.Change(tenant))
                {
                    var own = await FindDueAsync(acrossTenants: false, cancellationToken);
                    attempted += await RunAllAsync(own.Select(m => m.Id), cancellationToken);
                }
            }
        }

        return attempted;
    }

    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Messages committed before the start (seeding, say) wait for the first poll. Here, not in ExecuteAsync: that
        // runs on a pool thread and could forget a message committed just after the start.
        signal.Reset();
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first drain waits one interval or the first message this host commits: at start-up it would build the
        // kernel's EF Core model and compile its queries on the second core while the host serves its first page.
        await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            signal.BeginDrain(time.GetUtcNow().UtcDateTime);
            var attempted = 0;
            try
            {
                attempted = await DrainOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Draining the outbox failed; trying again at the next poll");
            }

            if (attempted < options.Value.BatchSize)
            {
                var wait = signal.WaitFrom(time.GetUtcNow().UtcDateTime, options.Value.PollInterval);
                await signal.WaitAsync(wait, time, stoppingToken);
            }
        }
    }

    private async Task<int> DrainSharedTenantAsync(Guid tenantId, IEnumerable<Guid> ids, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<ITenantStore>().FindByIdAsync(tenantId, ct);
        var reason = tenant is null ? "The tenant does not exist."
            : !tenant.IsActive ? "The tenant is disabled."
            : !string.IsNullOrEmpty(tenant.ConnectionString) ? "The message lies in the shared database, the tenant has its own."
            : null;
        if (reason is null)
        {
            using (currentTenant.Change(tenant!))
            {
                return await RunAllAsync(ids, ct);
            }
        }

        using (currentTenant.Change(tenantId, tenant?.Slug))
        {
            foreach (var id in ids)
            {
                await runner.PostponeAsync(id, reason, ct);
            }
        }

        return ids.Count();
    }

    private async Task<int> RunAllAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var attempted = 0;
        foreach (var id in ids)
        {
            attempted += await runner.RunAsync(id, ct) ? 1 : 0;
        }

        return attempted;
    }

    private async Task<List<DueMessage>> FindDueAsync(bool acrossTenants, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var now = time.GetUtcNow().UtcDateTime;
        var messages = scope.ServiceProvider.GetRequiredService<KernelDbContext>().Set<OutboxMessage>().AsNoTracking();
        if (acrossTenants)
        {
            messages = messages.IgnoreQueryFilters([TenantModel.FilterName]);
        }

        return await messages
            .Where(m => m.ProcessedAt == null && m.DeadAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt)
            .Take(options.Value.BatchSize)
            .Select(m => new DueMessage(m.Id, m.TenantId))
            .ToListAsync(ct);
    }

    private async Task<IEnumerable<TenantInfo>> TenantsWithOwnDatabaseAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var tenants = await scope.ServiceProvider.GetRequiredService<ITenantStore>().ListActiveAsync(ct);
        return tenants.Where(t => !string.IsNullOrEmpty(t.ConnectionString));
    }

    private sealed record DueMessage(Guid Id, Guid TenantId);
}
