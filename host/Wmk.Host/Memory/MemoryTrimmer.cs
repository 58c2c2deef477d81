using System.Diagnostics;

namespace Wmk.Host.Memory;

/// <summary>What one trim did: resident memory before and after (bytes), mappings advised, and how long it took.</summary>
internal sealed record TrimResult(long ResidentBefore, long ResidentAfter, int MappingsAdvised, TimeSpan Took);

/// <summary>
/// One memory trim: a compacting collection that returns the garbage collector's free memory to the operating system,
/// then (when <see cref="MemoryTrimSettings.ReleaseMappedFiles"/>) the resident pages of mapped program files.
/// </summary>
internal static class MemoryTrimmer
{
    public static TrimResult Trim(bool releaseMappedFiles)
    {
        var clock = Stopwatch.StartNew();
        var before = Environment.WorkingSet;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var advised = releaseMappedFiles ? MappedFilePages.Release() : 0;
        return new TrimResult(before, Environment.WorkingSet, advised, clock.Elapsed);
    }
}
