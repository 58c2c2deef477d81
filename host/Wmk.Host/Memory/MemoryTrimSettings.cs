using System.Globalization;
using Wmk.Host.Startup;

namespace Wmk.Host.Memory;

/// <summary>
/// The "Memory" configuration section. <c>TrimAfterStart</c> (default 10 s): one trim that long after start, when the
/// start-up work is garbage. <c>TrimWhenIdle</c> (default 2 min): a trim once no request has been served for that long,
/// and again every such period while the host stays idle. <c>ReleaseMappedFiles</c> (default true): a trim also hands
/// back the resident pages of mapped program files (Linux), not only the garbage collector's free memory. A time span
/// of 0 turns that trim off.
/// </summary>
internal sealed record MemoryTrimSettings(TimeSpan AfterStart, TimeSpan WhenIdle, bool ReleaseMappedFiles)
{
    public static MemoryTrimSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Memory");
        return new MemoryTrimSettings(
            Span(section, "TrimAfterStart", TimeSpan.FromSeconds(10)),
            Span(section, "TrimWhenIdle", TimeSpan.FromMinutes(2)),
            Flag(section, "ReleaseMappedFiles", true));
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
