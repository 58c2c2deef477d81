namespace Wmk.Kernel.MultiTenancy;

/// <summary>How the current organisation presents itself (name, colour, logo, and how the public reaches it).</summary>
public sealed record Branding(string Name, string PrimaryColor, string? LogoUrl, string? ContactPhone = null, string? ContactEmail = null);

/// <summary>Gives the theme the current tenant's branding; the platform's own on the host side.</summary>
public interface IBrandingProvider
{
    /// <summary>The branding to show.</summary>
    Task<Branding> GetAsync(CancellationToken cancellationToken = default);
}
