using System.Globalization;
using System.Runtime.InteropServices;

namespace Wmk.Host.Memory;

/// <summary>
/// Hands the resident pages of the process's private file mappings (the program's assemblies and native libraries) back
/// to the operating system with <c>madvise(MADV_PAGEOUT)</c> (Linux 5.4 and later). The kernel drops clean pages and
/// keeps written ones (copy-on-write pages stay, without swap); a dropped page is read again from its file on its next
/// use. Nothing changes in content: it is what the kernel does to cold file pages under memory pressure, done now.
/// Each mapping is then marked <c>MADV_RANDOM</c>: a page read back brings no read-ahead of its neighbours along (an idle
/// host touches a few scattered pages; with read-ahead it had 20 MB back within seconds of a trim).
/// The kernel only does it for files the process's user owns or may write (as root, all); others keep their pages.
/// Shared mappings, the runtime's own memory (<c>memfd:doublemapper</c>) and anonymous memory are left alone.
/// </summary>
internal static class MappedFilePages
{
    private const int MadvRandom = 1;
    private const int MadvPageout = 21;

    /// <summary>Pages out every private file mapping; returns how many mappings took the advice.</summary>
    public static int Release()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var advised = 0;
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            // A mapping removed meanwhile answers ENOMEM, a locked or special one EINVAL: both are left as they are.
            if (TryParseFileMapping(line, out var start, out var end) && Madvise((nint)start, (nuint)(end - start), MadvPageout) == 0)
            {
                _ = Madvise((nint)start, (nuint)(end - start), MadvRandom);
                advised++;
            }
        }

        return advised;
    }

    /// <summary>
    /// A line of /proc/self/maps ("start-end perms offset dev inode path") that maps a file privately: not a shared
    /// mapping, not anonymous memory, not a deleted file or memfd (the runtime's double-mapped code), not a device.
    /// </summary>
    internal static bool TryParseFileMapping(string line, out ulong start, out ulong end)
    {
        start = end = 0;
        var parts = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 6 || parts[1].Length < 4 || parts[1][3] != 'p')
        {
            return false;
        }

        var path = parts[5].Trim();
        if (!path.StartsWith('/') || path.StartsWith("/memfd:", StringComparison.Ordinal)
            || path.StartsWith("/dev/", StringComparison.Ordinal) || path.EndsWith("(deleted)", StringComparison.Ordinal))
        {
            return false;
        }

        var range = parts[0].Split('-');
        return range.Length == 2
            && ulong.TryParse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out start)
            && ulong.TryParse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out end)
            && end > start;
    }

    [DllImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static extern int Madvise(nint address, nuint length, int advice);
}
