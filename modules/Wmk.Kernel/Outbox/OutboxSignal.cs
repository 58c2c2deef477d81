using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Wmk.Kernel.Outbox;

/// <summary>
/// Wakes the <see cref="OutboxDrainer"/> as soon as this host has committed an outbox message, so a mail leaves
/// within moments instead of at the next poll, and an idle host can poll rarely.
/// </summary>
/// <remarks>
/// A message saved outside a transaction notifies after its save; one saved inside a transaction notifies when that
/// transaction commits (<see cref="OutboxWakeInterceptor"/> on the kernel's contexts, <see cref="OutboxCommitInterceptor"/>
/// on every context, because a <see cref="WmkTransaction"/> commits on the module's context). A rolled-back
/// transaction wakes nothing. A failed attempt asks for a wake-up when its back-off ends (<see cref="WakeAt"/>), so
/// retries are on time with a rare poll. Messages written by another process are found by the poll.
/// </remarks>
internal sealed class OutboxSignal
{
    private static readonly object Marker = new();
    private readonly ConditionalWeakTable<DbTransaction, object> awaitingCommit = new();
    private readonly SortedSet<DateTime> retries = [];
    private readonly Lock retriesGate = new();
    private TaskCompletionSource wake = NewSource();

    /// <summary>True when a message was committed since the drainer last began a drain.</summary>
    public bool IsSet => Volatile.Read(ref wake).Task.IsCompleted;

    /// <summary>A message is committed: wake the drainer (it runs on its own thread, never on the caller's).</summary>
    public void Notify() => Volatile.Read(ref wake).TrySetResult();

    /// <summary>A message was saved inside <paramref name="transaction"/>: wake the drainer when it commits.</summary>
    public void NotifyOnCommit(DbTransaction transaction) => awaitingCommit.AddOrUpdate(transaction, Marker);

    /// <summary>A transaction committed; wakes the drainer when a message was saved in it.</summary>
    public void Committed(DbTransaction transaction)
    {
        if (awaitingCommit.Remove(transaction))
        {
            Notify();
        }
    }

    /// <summary>A transaction rolled back, failed or (re)started: nothing to wake for.</summary>
    public void Forget(DbTransaction transaction) => awaitingCommit.Remove(transaction);

    /// <summary>Asks for a drain at <paramref name="utc"/> (the end of a failed message's back-off).</summary>
    public void WakeAt(DateTime utc)
    {
        lock (retriesGate)
        {
            retries.Add(utc);
        }
    }

    /// <summary>How long the drainer may sleep from <paramref name="now"/>: the poll interval, or less when a retry falls due sooner.</summary>
    public TimeSpan WaitFrom(DateTime now, TimeSpan pollInterval)
    {
        lock (retriesGate)
        {
            if (retries.Count == 0)
            {
                return pollInterval;
            }

            var untilRetry = retries.Min - now;
            return untilRetry <= TimeSpan.Zero ? TimeSpan.Zero : untilRetry < pollInterval ? untilRetry : pollInterval;
        }
    }

    /// <summary>
    /// Forgets the notifications so far and the retries due by <paramref name="now"/>; the drainer calls it just before it
    /// reads what is due, so a message committed (or a retry falling due) during the drain ends the next wait at once.
    /// </summary>
    public void BeginDrain(DateTime now)
    {
        Reset();
        lock (retriesGate)
        {
            retries.RemoveWhere(t => t <= now);
        }
    }

    /// <summary>Forgets the notifications so far (at start: messages committed before it wait for the first poll).</summary>
    public void Reset()
    {
        if (Volatile.Read(ref wake).Task.IsCompleted)
        {
            // A notification between the check and the swap is lost, but its message was committed before the drain
            // that follows reads what is due.
            Interlocked.Exchange(ref wake, NewSource());
        }
    }

    /// <summary>Waits for a notification or <paramref name="timeout"/>, whichever comes first; never throws.</summary>
    /// <returns>True when woken by a notification.</returns>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var task = Volatile.Read(ref wake).Task;
        await task.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return task.IsCompleted;
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
