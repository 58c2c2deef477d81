using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

/// <summary>A note on a resident; who may read it follows <see cref="Visibility"/> (and the author always may).</summary>
internal sealed class ResidentNote : ICounselledRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>Copied from the resident for the counsellor filter.</summary>
    public Guid? CounsellorAccountId { get; set; }

    public NoteVisibility Visibility { get; set; }

    public required string Text { get; set; }

    public DateOnly WrittenOn { get; set; }

    public Guid? AuthorAccountId { get; set; }

    public string? AuthorName { get; set; }
}
