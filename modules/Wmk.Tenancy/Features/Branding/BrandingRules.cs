using System.Text.RegularExpressions;

namespace Wmk.Tenancy.Features.Branding;

/// <summary>What a tenant's colour and logo must look like; the logo's type is read from its bytes, not trusted.</summary>
internal static partial class BrandingRules
{
    public const int MaxLogoBytes = 512 * 1024;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public static bool IsValidColor(string? color) => color is not null && ColorPattern().IsMatch(color);

    /// <summary>"image/png" or "image/jpeg" when the bytes are one, else null.</summary>
    public static string? SniffImageType(ReadOnlySpan<byte> content) =>
        content.StartsWith(Png) ? "image/png" : content.StartsWith(Jpeg) ? "image/jpeg" : null;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex ColorPattern();
}
