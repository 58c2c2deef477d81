using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Outbox;
using Wmk.Kernel.Settings;
using Wmk.Kernel.Tests.Support;

namespace Wmk.Kernel.Tests.Outbox;

/// <summary>The drainer wakes when this host commits a message, not only at the poll.</summary>
public sealed class OutboxWakeTests
{
    [Fact]
    public async Task A_message_enqueued_outside_a_transaction_is_handled_without_waiting_for_the_poll()
    {
        var log = new HandledLog();
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(log);
        var tenant = harness.AddTenant("mechelen");
        var drainer = harness.Get<OutboxDrainer>();

        await drainer.StartAsync(CancellationToken.None);
        try
        {
            await harness.EnqueueMailAsync(tenant);

            // The fake clock never moves: only the wake-up can drain the message.
            (await WaitForAsync(() => log.Items.Count == 1)).ShouldBeTrue("the committed message was not handled");
        }
        finally
        {
            await drainer.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_message_saved_in_a_shared_transaction_wakes_the_drainer_at_commit_not_at_save()
    {
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(new HandledLog());
        var tenant = harness.AddTenant("hasselt");
        var signal = harness.Get<OutboxSignal>();
        var setAfterSave = true;

        await harness.InTenantAsync(tenant, async sp =>
        {
            var kernelDb = sp.GetRequiredService<KernelDbContext>();
            await using var notes = NotesDbContext.Create(sp, harness.ConnectionString);
            await using var tx = await WmkTransaction.BeginAsync(notes, kernelDb);
            signal.Reset();
            notes.Notes.Add(new Note { Text = "unit 4 handed over" });
            sp.GetRequiredService<IOutbox>().Add(RecordingMailHandler.MessageType, new MailPayload(tenant.Id, "handover"));
            await notes.SaveChangesAsync();
            await kernelDb.SaveChangesAsync();
            setAfterSave = signal.IsSet;
            await tx.CommitAsync();
        });

        setAfterSave.ShouldBeFalse("the drainer was woken before the message was visible to it");
        signal.IsSet.ShouldBeTrue();
    }

    [Fact]
    public async Task A_rolled_back_transaction_wakes_nothing_and_neither_does_a_later_commit_without_messages()
    {
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(new HandledLog());
        var tenant = harness.AddTenant("genk");
        var signal = harness.Get<OutboxSignal>();
        signal.Reset();

        await OutboxTransactionTests.WriteNoteAndMessageAsync(harness, tenant, commit: false);
        signal.IsSet.ShouldBeFalse();

        await harness.InTenantAsync(tenant, async sp =>
        {
            var kernelDb = sp.GetRequiredService<KernelDbContext>();
            await using var notes = NotesDbContext.Create(sp, harness.ConnectionString);
            await using var tx = await WmkTransaction.BeginAsync(notes, kernelDb);
            notes.Notes.Add(new Note { Text = "no mail" });
            await tx.CommitAsync();
        });

        signal.IsSet.ShouldBeFalse();
        (await harness.AllMessagesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_save_without_outbox_messages_wakes_nothing()
    {
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(new HandledLog());
        var signal = harness.Get<OutboxSignal>();
        signal.Reset();

        await harness.InTenantAsync(harness.AddTenant("lier"), async sp =>
        {
            var db = sp.GetRequiredService<KernelDbContext>();
            db.TenantValues.Add(new TenantValue { Kind = ValueKind.Setting, Name = MailTestModule.FromSetting, Value = "x@y.example" });
            await db.SaveChangesAsync();
        });

        signal.IsSet.ShouldBeFalse();
    }

    [Fact]
    public async Task A_transaction_begun_on_the_kernel_context_itself_wakes_the_drainer_at_commit()
    {
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(new HandledLog());
        var tenant = harness.AddTenant("boom");
        var signal = harness.Get<OutboxSignal>();
        signal.Reset();
        var setBeforeCommit = true;

        await harness.InTenantAsync(tenant, async sp =>
        {
            var db = sp.GetRequiredService<KernelDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await sp.GetRequiredService<IOutbox>().EnqueueAsync(RecordingMailHandler.MessageType, new MailPayload(tenant.Id, "later"));
            await db.SaveChangesAsync();
            setBeforeCommit = signal.IsSet;
            await tx.CommitAsync();
        });

        setBeforeCommit.ShouldBeFalse();
        signal.IsSet.ShouldBeTrue();
    }

    [Fact]
    public async Task After_a_full_batch_the_drainer_drains_again_without_waiting_for_the_poll()
    {
        var log = new HandledLog();
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(
            log, s => s.Configure<OutboxOptions>(o => o.BatchSize = 2));
        var tenant = harness.AddTenant("tienen");
        for (var i = 0; i < 5; i++)
        {
            await harness.EnqueueMailAsync(tenant);
        }

        var drainer = harness.Get<OutboxDrainer>();
        await drainer.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            log.Items.ShouldBeEmpty();
            harness.Time.Advance(harness.Get<IOptions<OutboxOptions>>().Value.PollInterval);

            // One poll: batches of 2, 2 and 1 follow each other; the clock does not move again.
            (await WaitForAsync(() => log.Items.Count == 5)).ShouldBeTrue($"handled {log.Items.Count} of 5");
        }
        finally
        {
            await drainer.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_failed_message_is_retried_when_its_back_off_ends_not_at_the_next_poll()
    {
        var log = new HandledLog { FailuresLeft = 1 };
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(log);
        var tenant = harness.AddTenant("aalst");
        var poll = harness.Get<IOptions<OutboxOptions>>().Value.PollInterval;
        poll.ShouldBeGreaterThan(TimeSpan.FromMinutes(4));
        var drainer = harness.Get<OutboxDrainer>();
        await drainer.StartAsync(CancellationToken.None);
        try
        {
            await harness.EnqueueMailAsync(tenant);
            (await WaitForAsync(() => log.FailuresLeft == 0)).ShouldBeTrue("the first attempt did not run");

            // The back-off is 2 minutes; the clock moves in steps of 30 s and stops short of the poll.
            var moved = TimeSpan.Zero;
            while (log.Items.IsEmpty && moved < poll - TimeSpan.FromSeconds(30))
            {
                await Task.Delay(300);
                harness.Time.Advance(TimeSpan.FromSeconds(30));
                moved += TimeSpan.FromSeconds(30);
            }

            (await WaitForAsync(() => log.Items.Count == 1)).ShouldBeTrue("the retry did not run before the poll");
            moved.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMinutes(2));
        }
        finally
        {
            await drainer.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public void The_drainer_sleeps_the_poll_interval_or_until_the_earliest_retry()
    {
        var signal = new OutboxSignal();
        var now = new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
        var poll = TimeSpan.FromMinutes(5);
        signal.WaitFrom(now, poll).ShouldBe(poll);

        signal.WakeAt(now.AddMinutes(4));
        signal.WakeAt(now.AddMinutes(2));
        signal.WakeAt(now.AddMinutes(8));
        signal.WaitFrom(now, poll).ShouldBe(TimeSpan.FromMinutes(2));

        // The drain at 08:02 takes the first retry; then 08:04, then 08:08; after that only the poll is left.
        signal.BeginDrain(now.AddMinutes(2));
        signal.WaitFrom(now.AddMinutes(2), poll).ShouldBe(TimeSpan.FromMinutes(2));
        signal.BeginDrain(now.AddMinutes(4));
        signal.WaitFrom(now.AddMinutes(4), poll).ShouldBe(TimeSpan.FromMinutes(4));
        signal.BeginDrain(now.AddMinutes(8));
        signal.WaitFrom(now.AddMinutes(8), poll).ShouldBe(poll);

        // A retry beyond the poll does not lengthen the sleep; one that fell due during a drain ends it at once.
        signal.WakeAt(now.AddMinutes(30));
        signal.WaitFrom(now.AddMinutes(8), poll).ShouldBe(poll);
        signal.WakeAt(now.AddMinutes(9));
        signal.BeginDrain(now.AddMinutes(8.9));
        signal.WaitFrom(now.AddMinutes(9.1), poll).ShouldBe(TimeSpan.Zero);
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
        }

        return condition();
    }
}
