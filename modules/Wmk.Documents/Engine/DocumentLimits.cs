namespace Wmk.Documents.Engine;

/// <summary>
/// The host's limits for templates and the PDF converter (configuration section "Documents"). Templates are untrusted
/// content: they run without a loader, with loop, recursion, time and size limits.
/// </summary>
internal sealed class DocumentLimits
{
    public int LoopLimit { get; set; } = 1000;

    public int RecursiveLimit { get; set; } = 50;

    /// <summary>Characters of text one render may produce.</summary>
    public int OutputLimit { get; set; } = 1_000_000;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Entries a .docx may hold.</summary>
    public int MaxEntries { get; set; } = 1000;

    /// <summary>Bytes a .docx may unpack to in total.</summary>
    public long MaxUnpackedBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>How much larger than its compressed size an entry may unpack.</summary>
    public int MaxRatio { get; set; } = 100;

    /// <summary>The LibreOffice executable ("soffice" is looked up on the PATH).</summary>
    public string Converter { get; set; } = "soffice";

    public TimeSpan ConvertTimeout { get; set; } = TimeSpan.FromSeconds(90);
}
