using Wmk.Kernel.Jobs;
using Wmk.Kernel.Localization;

namespace Wmk.Finance.Features.Charges;

/// <summary>The monthly run of each tenant on the first of the month (a run of the same month again adds nothing).</summary>
internal sealed class MonthlyRunJob(MonthlyRunHandler run, TimeProvider clock) : ITenantJob
{
    public const string Cron = "0 0 4 1 * ?";

    public Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken) => run.RunAsync(clock.Today(), cancellationToken);
}
