using Wmk.Kernel.Jobs;
using Wmk.Kernel.Localization;

namespace Wmk.Finance.Features.PaymentPlans;

/// <summary>
/// The monthly check of the payment plans of each tenant: runs daily and checks on the tenant's check day (default the
/// 15th) or up to <see cref="PlanCheck.CatchUpDays"/> days later when a run was missed (one signal per plan and month).
/// </summary>
internal sealed class PlanCheckJob(PlanCheck check, TimeProvider clock) : ITenantJob
{
    /// <summary>Every day at 06:45, Brussels time.</summary>
    public const string Cron = "0 45 6 * * ?";

    public Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken) => check.RunIfDueAsync(clock.Today(), cancellationToken);
}
