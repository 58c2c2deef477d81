using Wmk.Kernel.Data;

namespace Wmk.Tenancy.Domain;

/// <summary>An organisation on the platform (a social vacancy manager).</summary>
[SharedData("The host's register of organisations")]
internal sealed class Tenant : IHasConcurrencyStamp
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The tenant's own database, encrypted with DataProtection; null uses the shared database.</summary>
    public string? ProtectedConnectionString { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? PrimaryColor { get; set; }

    public byte[]? Logo { get; set; }

    public string? LogoContentType { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public string? Address { get; set; }

    public string? Website { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}
