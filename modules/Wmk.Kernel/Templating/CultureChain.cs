using System.Globalization;

namespace Wmk.Kernel.Templating;

/// <summary>The cultures to try, most specific first: nl-BE → nl → "" (the culture-neutral default).</summary>
internal static class CultureChain
{
    public static IReadOnlyList<string> Of(CultureInfo culture)
    {
        var names = new List<string>();
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            names.Add(c.Name);
        }

        names.Add(string.Empty);
        return names;
    }

    /// <summary>The stored form of a culture: its name, or null for the culture-neutral default.</summary>
    public static string? StoredName(CultureInfo? culture) =>
        culture is null || string.IsNullOrEmpty(culture.Name) ? null : culture.Name;
}
