using Quartz;

namespace Wmk.Kernel.Jobs;

/// <summary>The one Quartz job behind every tenant job: reads which job to run and hands it to the executor.</summary>
[DisallowConcurrentExecution]
internal sealed class TenantJobRunner(TenantJobExecutor executor) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.MergedJobDataMap.GetString(TenantJobRegistration.DataKey)
            ?? throw new InvalidOperationException($"Quartz job {context.JobDetail.Key} carries no tenant job name.");
        await executor.RunAsync(executor.Find(name), cancellationToken);
    }
}
