using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wmk.Kernel.Outbox;
using Wmk.Kernel.Settings;

namespace Wmk.Kernel.Tests.Outbox;

public sealed class OutboxDrainerTests
{
    [Fact]
    public async Task The_running_drainer_polls_first_one_interval_after_start_not_during_start_up()
    {
        var log = new HandledLog();
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(log);
        await harness.EnqueueMailAsync(harness.AddTenant("mechelen"));
        var drainer = harness.Get<OutboxDrainer>();
        var interval = harness.Get<IOptions<OutboxOptions>>().Value.PollInterval;

        await drainer.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            log.Items.ShouldBeEmpty();

            harness.Time.Advance(interval);
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (log.Items.Count == 0 && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(50);
            }

            log.Items.Count.ShouldBe(1);
        }
        finally
        {
            await drainer.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_message_still_being_handled_is_not_handled_again_by_this_host_when_its_lease_runs_out()
    {
        var log = new HandledLog { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(log);
        await harness.EnqueueMailAsync(harness.AddTenant("leuven"));
        var drainer = harness.Get<OutboxDrainer>();

        var first = drainer.DrainOnceAsync();
        await log.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        harness.Time.Advance(harness.Get<IOptions<OutboxOptions>>().Value.Lease + TimeSpan.FromMinutes(1));
        var second = drainer.DrainOnceAsync();
        var finished = await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(30)));
        log.Gate.SetResult();
        finished.ShouldBe(second, "the second drain took the message that the first was still handling");
        (await second).ShouldBe(0);

        (await first).ShouldBe(1);
        log.Items.Count.ShouldBe(1);
        (await harness.AllMessagesAsync()).ShouldHaveSingleItem().ProcessedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_due_message_is_handled_and_marked_processed()
    {
        var log = new HandledLog();
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(log);
        var tenant = harness.AddTenant("antwerpen");
        await harness.EnqueueMailAsync(tenant);

        (await harness.Get<OutboxDrainer>().DrainOnceAsync()).ShouldBe(1);

        log.Items.Count.ShouldBe(1);
        var message = (await harness.AllMessagesAsync()).ShouldHaveSingleItem();
        message.ProcessedAt.ShouldBe(harness.Time.GetUtcNow().UtcDateTime);
        message.Attempts.ShouldBe(0);
        (await harness.Get<OutboxDrainer>().DrainOnceAsync()).ShouldBe(0);
        log.Items.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_after_2_then_4_minutes_and_nothing_is_lost()
    {
        var log = new HandledLog { FailuresLeft = 2 };
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(log);
        var drainer = harness.Get<OutboxDrainer>();
        await harness.EnqueueMailAsync(harness.AddTenant("gent"));
        var start = harness.Time.GetUtcNow().UtcDateTime;

        await drainer.DrainOnceAsync();
        var first = (await harness.AllMessagesAsync()).Single();
        first.Attempts.ShouldBe(1);
        first.NextAttemptAt.ShouldBe(start.AddMinutes(2));
        first.LastError.ShouldBe("IOException: SMTP server unreachable");
        first.ProcessedAt.ShouldBeNull();

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        (await drainer.DrainOnceAsync()).ShouldBe(0);

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await drainer.DrainOnceAsync();
        (await harness.AllMessagesAsync()).Single().NextAttemptAt.ShouldBe(start.AddMinutes(2 + 4));

        harness.Time.Advance(TimeSpan.FromMinutes(4));
        await drainer.DrainOnceAsync();
        var done = (await harness.AllMessagesAsync()).Single();
        done.ProcessedAt.ShouldBe(start.AddMinutes(6));
        done.Attempts.ShouldBe(2);
        log.Items.Count.ShouldBe(1);
    }

    [Fact]
    public void Back_off_doubles_per_attempt_and_stops_growing_at_one_hour()
    {
        OutboxOptions.BackoffAfter(1).ShouldBe(TimeSpan.FromMinutes(2));
        OutboxOptions.BackoffAfter(3).ShouldBe(TimeSpan.FromMinutes(8));
        OutboxOptions.BackoffAfter(5).ShouldBe(TimeSpan.FromMinutes(32));
        OutboxOptions.BackoffAfter(6).ShouldBe(TimeSpan.FromHours(1));
        OutboxOptions.BackoffAfter(40).ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task A_message_is_dead_after_the_maximum_attempts_and_keeps_its_last_error()
    {
        var log = new HandledLog { FailuresLeft = int.MaxValue };
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(
            log, s => s.Configure<OutboxOptions>(o => o.MaxAttempts = 3));
        var drainer = harness.Get<OutboxDrainer>();
        await harness.EnqueueMailAsync(harness.AddTenant("leuven"));

        await drainer.DrainOnceAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await drainer.DrainOnceAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(4));
        await drainer.DrainOnceAsync();

        var dead = (await harness.AllMessagesAsync()).Single();
        dead.Attempts.ShouldBe(3);
        dead.DeadAt.ShouldBe(harness.Time.GetUtcNow().UtcDateTime);
        dead.ProcessedAt.ShouldBeNull();
        dead.LastError.ShouldBe("IOException: SMTP server unreachable");

        harness.Time.Advance(TimeSpan.FromDays(1));
        (await drainer.DrainOnceAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Each_message_is_handled_inside_its_own_tenant_with_that_tenants_settings()
    {
        var log = new HandledLog();
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(log);
        var antwerpen = harness.AddTenant("antwerpen");
        var gent = harness.AddTenant("gent");
        await harness.InTenantAsync(gent, sp =>
            sp.GetRequiredService<IValueManager>().SetTenantValueAsync(MailTestModule.FromSetting, "info@gent.example"));
        await harness.EnqueueMailAsync(antwerpen);
        await harness.EnqueueMailAsync(gent);

        await harness.Get<OutboxDrainer>().DrainOnceAsync();

        log.Items.Single(h => h.CurrentTenantId == gent.Id).MailFrom.ShouldBe("info@gent.example");
        log.Items.Single(h => h.CurrentTenantId == antwerpen.Id).MailFrom.ShouldBe("host@example.org");
    }

    [Fact]
    public async Task A_message_of_one_tenant_is_never_handled_as_another_tenant()
    {
        var log = new HandledLog();
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(log);
        var a = harness.AddTenant("a");
        var b = harness.AddTenant("b");
        foreach (var tenant in new[] { a, b, a, b, b, a })
        {
            await harness.EnqueueMailAsync(tenant);
            harness.Time.Advance(TimeSpan.FromSeconds(1));
        }

        (await harness.Get<OutboxDrainer>().DrainOnceAsync()).ShouldBe(6);

        log.Items.Count.ShouldBe(6);
        log.Items.ShouldAllBe(h => h.CurrentTenantId == h.PayloadTenantId);
        log.Items.Count(h => h.CurrentTenantId == a.Id).ShouldBe(3);
    }

    [Fact]
    public async Task A_message_of_a_disabled_tenant_is_not_handled_but_kept_for_later()
    {
        var log = new HandledLog();
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(log);
        var tenant = harness.AddTenant("brugge");
        await harness.EnqueueMailAsync(tenant);
        harness.Tenants.Replace(tenant with { IsActive = false });

        await harness.Get<OutboxDrainer>().DrainOnceAsync();

        log.Items.ShouldBeEmpty();
        var message = (await harness.AllMessagesAsync()).Single();
        message.ProcessedAt.ShouldBeNull();
        message.Attempts.ShouldBe(1);
        message.LastError.ShouldBe("The tenant is disabled.");
    }
}
