using Wmk.Kernel.Data;

namespace Wmk.Documents.Domain;

/// <summary>A tenant's template for one kind of document, filled from one model; its content lives in versions.</summary>
internal sealed class DocumentTemplate : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    /// <summary>The kind of document ("RentalContract", "TerminationLetter", ...; text <c>Kind:{Kind}</c>).</summary>
    public required string Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>The model it is filled from ("resident", "contract", ...).</summary>
    public required string Model { get; set; }

    public TemplateFormat Format { get; set; }

    /// <summary>The number of the version in use (the latest).</summary>
    public int CurrentVersion { get; set; }
}

/// <summary>One version of a template's content: who stored it, when, and from which version when it is a roll-back.</summary>
internal sealed class TemplateVersion : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid TemplateId { get; set; }

    public int Number { get; set; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public string? CreatedByName { get; set; }

    /// <summary>The version this one copies when it is a roll-back.</summary>
    public int? RestoredFrom { get; set; }
}
