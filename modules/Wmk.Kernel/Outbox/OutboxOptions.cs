namespace Wmk.Kernel.Outbox;

/// <summary>How the outbox drainer polls and retries; bound from the "Outbox" configuration section.</summary>
public sealed class OutboxOptions
{
    /// <summary>
    /// Time between two polls when this host commits nothing: a message of this host is drained as soon as it is
    /// committed, a retry when its back-off ends; the poll finds what other processes left (a host that stopped
    /// between a commit and its drain, a lease that ran out).
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a message is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Messages read per poll.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a drainer holds a message it is handling before another host may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait after the n-th failed attempt: 2^n minutes, at most one hour.</summary>
    public static TimeSpan BackoffAfter(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Math.Min(attempts, 10)), 60));
}
