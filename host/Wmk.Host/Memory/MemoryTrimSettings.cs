using System.Globalization;
using Wmk.Host.Startup;

namespace Wmk.Host.Memory;

/// <summary>
/// The "Memory" configuration section. <c>TrimAfterStart</c> (default 10 s): one trim that long after start, when the
/// start-up work is garbage. <c>TrimWhenIdle</c> (default 2 min): a trim once no request has been served for that long.
/// <c>IdleRegrowthMB</c> (default 8): while the host stays idle, a further trim when its resident memory has grown by
/// that much over its lowest level since the last trim (background work: the outbox poll, a job), at most one per
/// <c>TrimWhenIdle</c>; 0 trims every <c>TrimWhenIdle</c> while idle instead. <c>ReleaseMappedFiles</c> (default true):
/// a trim also hands back the resident pages of mapped program files (Linux), not only the garbage collector's free
/// memory. A time span of 0 turns that trim off.
/// </summary>
internal sealed record MemoryTrimSettings(TimeSpan AfterStart, TimeSpan WhenIdle, bool ReleaseMappedFiles, int IdleRegrowthMB = 8)
{
    /// <summary><see cref="IdleRegrowthMB"/> in bytes; 0 when off.</summary>
    public long IdleRegrowth => (long)IdleRegrowthMB << 20;

    public static MemoryTrimSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Memory");
        return new MemoryTrimSettings(
            Span(section, "TrimAfterStart", TimeSpan.FromSeconds(10)),
            Span(section, "TrimWhenIdle", TimeSpan.FromMinutes(2)),
            Flag(section, "ReleaseMappedFiles", true),
            Megabytes(section, "IdleRegrowthMB", 8));
    }

    private static int Megabytes(IConfigurationSection section, string key, int fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 4096
            ? value
            : throw new StartupException($"setting Memory:{key} is '{text}': give a whole number of megabytes (0 to 4096)");
    }

    private static TimeSpan Span(IConfigurationSection section, string key, TimeSpan fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (text.Trim() == "0")
        {
            return TimeSpan.Zero;
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.Zero)
        {
            return value;
        }

        throw new StartupException($"setting Memory:{key} is '{text}': give a time span such as 00:02:00, or 0 to turn it off");
    }

    private static bool Flag(IConfigurationSection section, string key, bool fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return bool.TryParse(text, out var value)
            ? value
            : throw new StartupException($"setting Memory:{key} is '{text}': give true or false");
    }
}
