using Wmk.Kernel.Data;

namespace Wmk.Kernel.Templating;

/// <summary>A tenant's own content for a template in one culture (or culture-neutral); wins over the embedded default.</summary>
public sealed class TextTemplateOverride : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    /// <summary>The template's name.</summary>
    public required string Name { get; set; }

    /// <summary>The culture name ("nl-BE", "nl", "en"), or null for the culture-neutral override.</summary>
    public string? Culture { get; set; }

    /// <summary>The Scriban content.</summary>
    public required string Content { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The account that saved it last, when known.</summary>
    public Guid? UpdatedBy { get; set; }
}
