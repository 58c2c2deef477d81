using Wmk.Kernel.Data;

namespace Wmk.Documents.Domain;

/// <summary>
/// A document filled from a case, stored as produced (downloads give these bytes unchanged), with the template version,
/// who made it and when; a letter also records how it was sent.
/// </summary>
internal sealed class GeneratedDocument : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid TemplateId { get; set; }

    public Guid TemplateVersionId { get; set; }

    public int VersionNumber { get; set; }

    public required string Kind { get; set; }

    public required string Name { get; set; }

    public required string Model { get; set; }

    public Guid SubjectId { get; set; }

    public required string SubjectTitle { get; set; }

    /// <summary>The resident whose case it belongs to (a counsellor downloads only their own clients'), or null.</summary>
    public Guid? ResidentId { get; set; }

    public TemplateFormat Format { get; set; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public string? CreatedByName { get; set; }

    public DateOnly? SentByEmailOn { get; set; }

    public DateOnly? RegisteredMailOn { get; set; }

    public string? TrackingNumber { get; set; }
}
