namespace Wmk.Host.Memory;

/// <summary>
/// Whether the host is serving anything, for the idle memory trim: how many requests are in flight and when the last one
/// ended (a monotonic <see cref="TimeProvider"/> time stamp). Health probes do not count as use.
/// </summary>
internal sealed class RequestActivity(TimeProvider time)
{
    private int inFlight;
    private long lastEnded = time.GetTimestamp();

    public TimeProvider Time => time;

    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>When the last request ended, or when the host was built if none has ended yet.</summary>
    public long LastEnded => Interlocked.Read(ref lastEnded);

    public void Begin() => Interlocked.Increment(ref inFlight);

    public void End()
    {
        Interlocked.Exchange(ref lastEnded, time.GetTimestamp());
        Interlocked.Decrement(ref inFlight);
    }
}

internal static class RequestActivityMiddleware
{
    /// <summary>Counts every request except health probes (a load balancer's probe every few seconds is not use).</summary>
    public static IApplicationBuilder UseRequestActivity(this IApplicationBuilder app)
    {
        var activity = app.ApplicationServices.GetRequiredService<RequestActivity>();
        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            activity.Begin();
            try
            {
                await next(context);
            }
            finally
            {
                activity.End();
            }
        });
    }
}
