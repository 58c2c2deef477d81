namespace Wmk.Host.Memory;

/// <summary>
/// Runs the memory trims of <see cref="TrimSchedule"/> for the running server: wakes when the next trim is due, checks
/// again when requests came in meanwhile, and never trims while a request is in flight. While the host stays idle after
/// a trim, the next one also waits until resident memory has grown by <see cref="MemoryTrimSettings.IdleRegrowth"/> over
/// its lowest level since that trim (read every <see cref="RegrowthCheck"/>, from one check after the trim on). Started
/// by the server only (operator verbs and test hosts do not trim).
/// </summary>
internal sealed class IdleMemoryTrimmer(
    MemoryTrimSettings settings, RequestActivity activity, Func<TrimResult> trim, Func<long> resident, ILogger logger)
{
    /// <summary>How often an idle host looks at its resident memory (<see cref="Environment.WorkingSet"/>) between trims.</summary>
    public static readonly TimeSpan RegrowthCheck = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan BusyRetry = TimeSpan.FromSeconds(1);
    private readonly long started = activity.Time.GetTimestamp();
    private int trims;

    /// <summary>Trims done; counted after the trim's time is recorded, so whoever sees the count sees the schedule moved.</summary>
    public int Trims => Volatile.Read(ref trims);

    public static void Start(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<MemoryTrimSettings>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<IdleMemoryTrimmer>();
        var trimmer = new IdleMemoryTrimmer(settings, app.Services.GetRequiredService<RequestActivity>(),
            () => MemoryTrimmer.Trim(settings.ReleaseMappedFiles), () => Environment.WorkingSet, logger);
        _ = Task.Run(() => trimmer.RunAsync(app.Lifetime.ApplicationStopping));
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        var time = activity.Time;
        var schedule = new TrimSchedule(settings, time, started);
        long? lastTrim = null;
        long? lowest = null;
        while (!stopping.IsCancellationRequested)
        {
            var due = schedule.NextDue(activity.LastEnded, lastTrim);
            if (due is null)
            {
                return;
            }

            var now = time.GetTimestamp();
            var idleSinceTrim = lastTrim is not null && activity.LastEnded <= lastTrim && settings.IdleRegrowth > 0;
            var grownBack = false;
            if (idleSinceTrim && time.GetElapsedTime(lastTrim!.Value, now) >= RegrowthCheck)
            {
                // The lowest level is read from one check after the trim on: what comes back at once is the runtime's.
                var current = resident();
                lowest = Math.Min(lowest ?? current, current);
                grownBack = current - lowest.Value >= settings.IdleRegrowth;
            }

            if (now < due.Value || activity.InFlight > 0 || (idleSinceTrim && !grownBack))
            {
                var wait = idleSinceTrim ? RegrowthCheck : now < due.Value ? time.GetElapsedTime(now, due.Value) : BusyRetry;
                await Task.Delay(wait, time, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            try
            {
                var result = trim();
                logger.LogDebug("Memory trimmed in {Milliseconds} ms: resident {Before} MB -> {After} MB ({Mappings} file mappings advised).",
                    (int)result.Took.TotalMilliseconds, result.ResidentBefore >> 20, result.ResidentAfter >> 20, result.MappingsAdvised);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
            {
                logger.LogWarning(ex, "Memory trim failed; the host goes on without trimming.");
                return;
            }

            lastTrim = time.GetTimestamp();
            lowest = null;
            Interlocked.Increment(ref trims);
        }
    }
}
