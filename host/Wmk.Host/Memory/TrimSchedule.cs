namespace Wmk.Host.Memory;

/// <summary>
/// When the next memory trim is due, in <see cref="TimeProvider"/> time stamps: <c>AfterStart</c> after start (once; under
/// load not before a second without requests), and <c>WhenIdle</c> after both the last request and the last trim (while
/// the host stays idle, <see cref="IdleMemoryTrimmer"/> also waits for memory to grow back). A trim never starts while a
/// request is in flight.
/// </summary>
internal sealed class TrimSchedule(MemoryTrimSettings settings, TimeProvider time, long started)
{
    /// <summary>The trim after start waits for this long without requests (a host started under load trims when it ebbs).</summary>
    public static readonly TimeSpan StartQuiet = TimeSpan.FromSeconds(1);

    /// <summary>The time stamp at which the next trim is due, or null when no trim is on.</summary>
    public long? NextDue(long lastRequestEnded, long? lastTrim)
    {
        long? due = null;
        if (lastTrim is null && settings.AfterStart > TimeSpan.Zero)
        {
            due = Math.Max(started + Ticks(settings.AfterStart), lastRequestEnded + Ticks(StartQuiet));
        }

        if (settings.WhenIdle > TimeSpan.Zero)
        {
            var quietSince = Math.Max(lastRequestEnded, lastTrim ?? started);
            var idleDue = quietSince + Ticks(settings.WhenIdle);
            due = due is null ? idleDue : Math.Min(due.Value, idleDue);
        }

        return due;
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * time.TimestampFrequency);
}
