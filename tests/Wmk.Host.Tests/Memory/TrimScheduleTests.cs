using Microsoft.Extensions.Time.Testing;
using Wmk.Host.Memory;

namespace Wmk.Host.Tests.Memory;

/// <summary>When the memory trims are due: once after start, then after every quiet period and every period while quiet.</summary>
public sealed class TrimScheduleTests
{
    private static readonly FakeTimeProvider Time = new();
    private static readonly long Started = 1_000_000;

    private static long At(TimeSpan sinceStart) => Started + (long)(sinceStart.TotalSeconds * Time.TimestampFrequency);

    private static TrimSchedule Schedule(TimeSpan afterStart, TimeSpan whenIdle) =>
        new(new MemoryTrimSettings(afterStart, whenIdle, ReleaseMappedFiles: true), Time, Started);

    [Fact]
    public void The_first_trim_is_due_after_start_once_a_second_has_passed_without_requests()
    {
        var schedule = Schedule(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(2));

        schedule.NextDue(lastRequestEnded: At(TimeSpan.FromSeconds(1)), lastTrim: null).ShouldBe(At(TimeSpan.FromSeconds(10)));
        schedule.NextDue(lastRequestEnded: At(TimeSpan.FromSeconds(9.5)), lastTrim: null).ShouldBe(At(TimeSpan.FromSeconds(10.5)));
        schedule.NextDue(lastRequestEnded: At(TimeSpan.FromSeconds(40)), lastTrim: null).ShouldBe(At(TimeSpan.FromSeconds(41)));
    }

    [Fact]
    public void After_a_trim_the_next_is_due_a_quiet_period_after_the_later_of_the_last_request_and_the_trim()
    {
        var schedule = Schedule(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(2));
        var trimmed = At(TimeSpan.FromSeconds(10));

        // Still quiet: every two minutes.
        schedule.NextDue(At(TimeSpan.FromSeconds(1)), trimmed).ShouldBe(At(TimeSpan.FromSeconds(130)));
        // A request after the trim: two minutes after it ended.
        schedule.NextDue(At(TimeSpan.FromSeconds(50)), trimmed).ShouldBe(At(TimeSpan.FromSeconds(170)));
    }

    [Fact]
    public void Without_a_trim_after_start_the_first_is_due_a_quiet_period_after_start_or_the_last_request()
    {
        var schedule = Schedule(TimeSpan.Zero, TimeSpan.FromMinutes(1));

        schedule.NextDue(Started, null).ShouldBe(At(TimeSpan.FromMinutes(1)));
        schedule.NextDue(At(TimeSpan.FromSeconds(30)), null).ShouldBe(At(TimeSpan.FromSeconds(90)));
    }

    [Fact]
    public void Only_the_trim_after_start_runs_once_and_with_both_off_none()
    {
        var afterStartOnly = Schedule(TimeSpan.FromSeconds(10), TimeSpan.Zero);
        afterStartOnly.NextDue(Started, null).ShouldBe(At(TimeSpan.FromSeconds(10)));
        afterStartOnly.NextDue(Started, At(TimeSpan.FromSeconds(10))).ShouldBeNull();

        Schedule(TimeSpan.Zero, TimeSpan.Zero).NextDue(Started, null).ShouldBeNull();
    }
}
