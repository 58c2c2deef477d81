using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Tests.Support;

namespace Wmk.Kernel.Tests.Jobs;

internal sealed record JobRun(Guid? CurrentTenantId, Guid ContextTenantId);

internal sealed class JobRunLog
{
    public ConcurrentQueue<JobRun> Runs { get; } = new();

    public HashSet<string> FailingSlugs { get; } = [];

    public TaskCompletionSource FirstRun { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>Records where it ran; throws for the slugs the log names.</summary>
internal sealed class RecordingJob(JobRunLog log, ICurrentTenant tenant) : ITenantJob
{
    public Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        if (log.FailingSlugs.Contains(context.Tenant.Slug))
        {
            throw new InvalidOperationException("rent table missing");
        }

        log.Runs.Enqueue(new JobRun(tenant.Id, context.Tenant.Id));
        log.FirstRun.TrySetResult();
        return Task.CompletedTask;
    }
}

internal sealed class ReportsModule : WmkModule
{
    public override string Name => "Reports";
}

internal static class JobTestExtensions
{
    public const string JobName = "Reports.RecordingJob";

    public static OutboxHarness CreateJobHarness(JobRunLog log, string cron = "0 0 6 1 * ?") =>
        OutboxHarness.Create(
            services =>
            {
                services.AddSingleton(log);
                services.AddTenantJob<RecordingJob>("Reports", cron);
            },
            new ReportsModule());

    public static Task<TenantJobRunResult> RunRecordingJobAsync(this OutboxHarness harness)
    {
        var executor = harness.Get<TenantJobExecutor>();
        return executor.RunAsync(executor.Find(JobName), CancellationToken.None);
    }
}
