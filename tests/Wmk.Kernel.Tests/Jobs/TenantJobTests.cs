using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.Settings;

namespace Wmk.Kernel.Tests.Jobs;

public sealed class TenantJobTests
{
    [Fact]
    public async Task A_tenant_job_runs_once_for_every_active_tenant_inside_that_tenant()
    {
        var log = new JobRunLog();
        await using var harness = JobTestExtensions.CreateJobHarness(log);
        var a = harness.AddTenant("a");
        var b = harness.AddTenant("b");
        harness.AddTenant("closed", active: false);

        var result = await harness.RunRecordingJobAsync();

        result.Completed.ShouldBe(["a", "b"]);
        log.Runs.Select(r => r.ContextTenantId).ShouldBe([a.Id, b.Id], ignoreOrder: true);
        log.Runs.ShouldAllBe(r => r.CurrentTenantId == r.ContextTenantId);
    }

    [Fact]
    public async Task A_tenant_job_is_skipped_where_its_module_is_switched_off()
    {
        var log = new JobRunLog();
        await using var harness = JobTestExtensions.CreateJobHarness(log);
        var on = harness.AddTenant("on");
        var off = harness.AddTenant("off");
        await harness.InTenantAsync(off, sp =>
            sp.GetRequiredService<IValueManager>().SetTenantValueAsync("Module.Reports", "false"));

        var result = await harness.RunRecordingJobAsync();

        result.Skipped.ShouldBe(["off"]);
        log.Runs.ShouldHaveSingleItem().ContextTenantId.ShouldBe(on.Id);
    }

    [Fact]
    public async Task One_failing_tenant_does_not_stop_the_others()
    {
        var log = new JobRunLog { FailingSlugs = { "middle" } };
        await using var harness = JobTestExtensions.CreateJobHarness(log);
        harness.AddTenant("first");
        harness.AddTenant("middle");
        harness.AddTenant("last");

        var result = await harness.RunRecordingJobAsync();

        result.Failed.ShouldBe(["middle"]);
        result.Completed.ShouldBe(["first", "last"]);
        log.Runs.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Quartz_schedules_the_job_on_its_cron_in_Brussels_time_and_runs_it_through_the_runner()
    {
        var log = new JobRunLog();
        await using var harness = JobTestExtensions.CreateJobHarness(log, "0 30 6 * * ?");
        var tenant = harness.AddTenant("kortrijk");
        var scheduler = await harness.Get<ISchedulerFactory>().GetScheduler();

        var trigger = (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey(JobTestExtensions.JobName, "tenant-jobs")))!;
        trigger.CronExpressionString.ShouldBe("0 30 6 * * ?");
        trigger.TimeZone.Id.ShouldBe("Europe/Brussels");

        await scheduler.Start();
        try
        {
            await scheduler.TriggerJob(new JobKey(JobTestExtensions.JobName, "tenant-jobs"));
            await log.FirstRun.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }

        log.Runs.ShouldHaveSingleItem().CurrentTenantId.ShouldBe(tenant.Id);
    }

    [Fact]
    public void Registering_a_tenant_job_with_a_malformed_cron_fails_at_start_up()
    {
        var services = new ServiceCollection();

        Should.Throw<ArgumentException>(() => services.AddTenantJob<RecordingJob>("Reports", "every monday"))
            .Message.ShouldContain("every monday");
    }
}
