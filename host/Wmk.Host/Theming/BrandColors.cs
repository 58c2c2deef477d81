using System.Globalization;
using System.Text.RegularExpressions;

namespace Wmk.Host.Theming;

/// <summary>
/// The colours a theme derives from an organisation's brand colour so that text keeps a WCAG AA contrast (4.5:1):
/// the text on a brand-coloured bar (white, or black on a light brand) and the brand as link colour on white
/// (darkened until it contrasts enough).
/// </summary>
internal sealed partial record BrandColors(string Brand, string OnBrand, string BrandInk)
{
    public const string Fallback = "#1d4e89";

    public const double MinimumContrast = 4.5;

    public static BrandColors From(string? color)
    {
        var brand = color is not null && HexColor().IsMatch(color) ? color.ToLowerInvariant() : Fallback;
        var rgb = Parse(brand);
        var onBrand = Contrast(rgb, (255, 255, 255)) >= MinimumContrast ? "#ffffff" : "#000000";
        var ink = rgb;
        for (var share = 0.9; Contrast(ink, (255, 255, 255)) < MinimumContrast; share -= 0.1)
        {
            ink = ((int)(rgb.R * share), (int)(rgb.G * share), (int)(rgb.B * share));
        }

        return new BrandColors(brand, onBrand, Format(ink));
    }

    /// <summary>WCAG contrast ratio of two colours, 1 to 21.</summary>
    public static double Contrast((int R, int G, int B) a, (int R, int G, int B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>WCAG relative luminance of an sRGB colour.</summary>
    public static double Luminance((int R, int G, int B) c) => 0.2126 * Linear(c.R) + 0.7152 * Linear(c.G) + 0.0722 * Linear(c.B);

    public static (int R, int G, int B) Parse(string hex) => (
        int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    public string ToCss() => $":root {{ --brand: {Brand}; --on-brand: {OnBrand}; --brand-ink: {BrandInk}; }}\n";

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static string Format((int R, int G, int B) c) => $"#{c.R:x2}{c.G:x2}{c.B:x2}";

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColor();
}
