using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Wmk.Host.Memory;

namespace Wmk.Host.Tests.Memory;

/// <summary>
/// The server's trim loop on a fake clock: it trims when the schedule says so and never while a request is in flight.
/// The trim itself is counted here (its effect is tested in <see cref="MappedFilePagesTests"/>).
/// </summary>
public sealed class IdleMemoryTrimmerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Trims_after_start_then_once_per_quiet_period_and_not_while_a_request_runs()
    {
        var time = new FakeTimeProvider();
        var activity = new RequestActivity(time);
        var trims = 0;
        var trimmer = new IdleMemoryTrimmer(new MemoryTrimSettings(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(2), true, IdleRegrowthMB: 0),
            activity, () => { Interlocked.Increment(ref trims); return new TrimResult(2, 1, 0, TimeSpan.Zero); }, () => 0, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var loop = trimmer.RunAsync(stop.Token);

        await AdvanceAsync(time, TimeSpan.FromSeconds(9));
        trimmer.Trims.ShouldBe(0);
        await AdvanceAsync(time, TimeSpan.FromSeconds(1));
        await WaitForAsync(() => trimmer.Trims == 1);

        // A request starts and runs past the quiet period: no trim while it runs.
        activity.Begin();
        await AdvanceAsync(time, TimeSpan.FromMinutes(3));
        await Task.Delay(200);
        trimmer.Trims.ShouldBe(1);

        // It ends: the next trim two minutes later, then every two minutes while nothing comes in.
        activity.End();
        await AdvanceAsync(time, TimeSpan.FromSeconds(119));
        trimmer.Trims.ShouldBe(1);
        await AdvanceAsync(time, TimeSpan.FromSeconds(1));
        await WaitForAsync(() => trimmer.Trims == 2);
        await AdvanceAsync(time, TimeSpan.FromMinutes(2));
        await WaitForAsync(() => trimmer.Trims == 3);

        await stop.CancelAsync();
        await loop.WaitAsync(Patience);
        trims.ShouldBe(3);
    }

    [Fact]
    public async Task An_idle_host_trims_again_only_when_its_memory_grew_back_and_not_twice_in_one_quiet_period()
    {
        var time = new FakeTimeProvider();
        var activity = new RequestActivity(time);
        long resident = 130L << 20;
        var trimmer = new IdleMemoryTrimmer(new MemoryTrimSettings(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(2), true),
            activity, () => new TrimResult(Interlocked.Read(ref resident), 0, 0, TimeSpan.Zero), () => Interlocked.Read(ref resident),
            NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var loop = trimmer.RunAsync(stop.Token);

        // The trim after start, then nothing for ten idle minutes: memory stays where it is.
        await AdvanceAsync(time, TimeSpan.FromSeconds(10));
        await WaitForAsync(() => trimmer.Trims == 1);
        await AdvanceAsync(time, TimeSpan.FromMinutes(10));
        trimmer.Trims.ShouldBe(1);

        // Background work (an outbox poll) brings 7 MB back, then 12: the second crosses the 8 MB of the default.
        Interlocked.Add(ref resident, 7L << 20);
        await AdvanceAsync(time, TimeSpan.FromSeconds(30));
        trimmer.Trims.ShouldBe(1);
        Interlocked.Add(ref resident, 5L << 20);
        await AdvanceAsync(time, IdleMemoryTrimmer.RegrowthCheck);
        await WaitForAsync(() => trimmer.Trims == 2);

        // It grows again 30 s later: the next trim waits for a quiet period after the last one.
        await AdvanceAsync(time, TimeSpan.FromSeconds(30));
        Interlocked.Add(ref resident, 20L << 20);
        await AdvanceAsync(time, TimeSpan.FromSeconds(70));
        trimmer.Trims.ShouldBe(2);
        await AdvanceAsync(time, TimeSpan.FromSeconds(30));
        await WaitForAsync(() => trimmer.Trims == 3);

        // A request resets the rule: the trim a quiet period after it comes without any growth.
        activity.Begin();
        activity.End();
        await AdvanceAsync(time, TimeSpan.FromSeconds(125));
        await WaitForAsync(() => trimmer.Trims == 4);

        await stop.CancelAsync();
        await loop.WaitAsync(Patience);
    }

    [Fact]
    public async Task With_both_trims_off_the_loop_ends_at_once()
    {
        var time = new FakeTimeProvider();
        var trimmer = new IdleMemoryTrimmer(new MemoryTrimSettings(TimeSpan.Zero, TimeSpan.Zero, true), new RequestActivity(time),
            () => throw new InvalidOperationException("no trim expected"), () => 0, NullLogger.Instance);

        await trimmer.RunAsync(CancellationToken.None).WaitAsync(Patience);

        trimmer.Trims.ShouldBe(0);
    }

    /// <summary>Moves the fake clock in small steps, letting the loop see each (it may be between two waits).</summary>
    private static async Task AdvanceAsync(FakeTimeProvider time, TimeSpan by)
    {
        var step = TimeSpan.FromSeconds(1);
        for (var moved = TimeSpan.Zero; moved < by; moved += step)
        {
            time.Advance(by - moved < step ? by - moved : step);
            await Task.Delay(5);
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow + Patience;
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(until, "the trim did not come");
            await Task.Delay(10);
        }
    }
}
