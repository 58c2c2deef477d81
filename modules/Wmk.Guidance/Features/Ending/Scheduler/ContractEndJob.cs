using Microsoft.Extensions.Logging;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.Localization;

namespace Wmk.Guidance.Features.Ending.Scheduler;

/// <summary>
/// The guidance module's daily run per tenant (today in Brussels): contract ends from housing, the notices due and
/// their e-mails, then the week's tasks from every area. Safe to run twice or after a crash.
/// </summary>
internal sealed class ContractEndJob(
    ContractEndSync sync, NoticeScheduler notices, TaskPlanner tasks, TimeProvider clock, ILogger<ContractEndJob> logger) : ITenantJob
{
    /// <summary>Every day at 05:00, Brussels time.</summary>
    public const string Cron = "0 0 5 * * ?";

    public async Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var ends = await sync.RunAsync(cancellationToken);
        var made = await notices.RunAsync(today, context.Tenant.Name, cancellationToken);
        var (created, closed) = await tasks.RunAsync(today, cancellationToken);
        logger.LogInformation(
            "Guidance daily run for {Slug} on {Today}: {Ends} contract ends changed, {Notices} notices, {Created} tasks made, {Closed} closed",
            context.Tenant.Slug, today, ends, made, created, closed);
    }
}
