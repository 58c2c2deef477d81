using System.Globalization;
using System.IO.MemoryMappedFiles;
using Wmk.Host.Memory;

namespace Wmk.Host.Tests.Memory;

/// <summary>
/// Handing back the resident pages of mapped files, on this machine's real kernel (Linux 5.4 or later): a real file,
/// really mapped. Pages go, content stays, and pages the process wrote itself are kept.
/// </summary>
public sealed class MappedFilePagesTests : IDisposable
{
    private const int Size = 16 << 20;
    private readonly string file = Path.Combine(Path.GetTempPath(), $"wmk-pages-{Guid.NewGuid():N}.bin");

    [Theory]
    [InlineData("7f00aa000000-7f00aa200000 r--p 00000000 fd:01 1234   /usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.0/System.Private.CoreLib.dll", true)]
    [InlineData("7f00aa000000-7f00aa200000 r-xp 00000000 fd:01 1234   /usr/lib/x86_64-linux-gnu/libicuuc.so.72.1", true)]
    [InlineData("7f00aa000000-7f00aa200000 rw-s 00000000 fd:01 1234   /data/wmk.db-shm", false)]
    [InlineData("7f00aa000000-7f00aa200000 rw-p 00000000 00:00 0 ", false)]
    [InlineData("7f00aa000000-7f00aa200000 rw-p 00000000 00:00 0      [heap]", false)]
    [InlineData("7f00aa000000-7f00aa200000 r-xs 00000000 00:01 99     /memfd:doublemapper (deleted)", false)]
    [InlineData("7f00aa000000-7f00aa200000 r--p 00000000 fd:01 1234   /tmp/gone.dll (deleted)", false)]
    [InlineData("7f00aa000000-7f00aa200000 rw-p 00000000 00:05 7      /dev/zero", false)]
    public void Only_private_mappings_of_existing_files_are_advised(string line, bool advised)
    {
        var parsed = MappedFilePages.TryParseFileMapping(line, out var start, out var end);

        parsed.ShouldBe(advised);
        if (advised)
        {
            (start, end).ShouldBe((0x7f00aa000000UL, 0x7f00aa200000UL));
        }
    }

    [Fact]
    public void A_mapped_file_loses_its_resident_pages_keeps_its_content_and_a_written_page_keeps_what_was_written()
    {
        var content = new byte[Size];
        new Random(7).NextBytes(content);
        File.WriteAllBytes(file, content);
        using var mapped = MemoryMappedFile.CreateFromFile(file, FileMode.Open, null, 0, MemoryMappedFileAccess.CopyOnWrite);
        using var view = mapped.CreateViewAccessor(0, Size, MemoryMappedFileAccess.CopyOnWrite);
        long sum = 0;
        for (var offset = 0; offset < Size; offset += 4096)
        {
            sum += view.ReadByte(offset);
        }

        view.Write(4096 * 10, (byte)(content[4096 * 10] ^ 0xFF)); // one page written: copy-on-write, the process's own
        ResidentKilobytes(file).ShouldBeGreaterThan(8 * 1024);

        var advised = MappedFilePages.Release();

        advised.ShouldBeGreaterThan(0);
        ResidentKilobytes(file).ShouldBeLessThan(1024);
        MappingFlags(file).ShouldContain("rr"); // read back without read-ahead (MADV_RANDOM)
        var same = true;
        for (var offset = 0; offset < Size; offset += 509)
        {
            var expected = offset == 4096 * 10 ? (byte)(content[offset] ^ 0xFF) : content[offset];
            same &= view.ReadByte(offset) == expected;
        }

        same.ShouldBeTrue();
    }

    [Fact]
    public void A_trim_advises_this_process_s_file_mappings_only_when_told_to()
    {
        MemoryTrimmer.Trim(releaseMappedFiles: true).MappingsAdvised.ShouldBeGreaterThan(10);
        MemoryTrimmer.Trim(releaseMappedFiles: false).MappingsAdvised.ShouldBe(0);
    }

    public void Dispose() => File.Delete(file);

    /// <summary>The VmFlags of the file's mappings, from /proc/self/smaps.</summary>
    private static string[] MappingFlags(string file) =>
        SmapsFields(file, "VmFlags:").SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>Rss of every mapping of the file, from /proc/self/smaps.</summary>
    private static long ResidentKilobytes(string file) =>
        SmapsFields(file, "Rss:").Sum(v => long.Parse(v.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture));

    /// <summary>The value of one field (e.g. "Rss:") of every mapping of the file in /proc/self/smaps.</summary>
    private static List<string> SmapsFields(string file, string field)
    {
        var values = new List<string>();
        var mappings = 0;
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var first = line.Split(' ', 2)[0];
            if (first.Contains('-', StringComparison.Ordinal) && first.All(c => c == '-' || char.IsAsciiHexDigit(c)))
            {
                var parts = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                inside = parts.Length == 6 && parts[5].Trim() == file;
                mappings += inside ? 1 : 0;
            }
            else if (inside && line.StartsWith(field, StringComparison.Ordinal))
            {
                values.Add(line[field.Length..].Trim());
            }
        }

        return mappings > 0 ? values : throw new InvalidOperationException($"{file} is not mapped");
    }
}
