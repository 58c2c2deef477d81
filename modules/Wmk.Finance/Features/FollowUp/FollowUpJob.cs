using Microsoft.Extensions.Logging;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.Localization;

namespace Wmk.Finance.Features.FollowUp;

/// <summary>
/// The daily follow-up scan of each tenant (today in Brussels): the message on the message day, the reminder on the
/// reminder day, a missed day caught up on the next run, settled cases closed. Safe to run twice or at once.
/// </summary>
internal sealed class FollowUpJob(FollowUpScan scan, TimeProvider clock, ILogger<FollowUpJob> logger) : ITenantJob
{
    /// <summary>Every day at 06:30, Brussels time.</summary>
    public const string Cron = "0 30 6 * * ?";

    public async Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        var r = await scan.RunAsync(clock.Today(), context.Tenant.Name, cancellationToken);
        logger.LogInformation(
            "Finance follow-up for {Slug} on {Day}: {Messages} messages, {Reminders} reminders, {Opened} cases opened, {Closed} closed",
            context.Tenant.Slug, r.Day, r.Messages, r.Reminders, r.Opened, r.Closed);
    }
}
