using System.Globalization;
using System.Resources;

namespace Wmk.Kernel.Templating;

/// <summary>Texts of templating errors (TemplatingResource.resx is Dutch, TemplatingResource.en.resx English).</summary>
public sealed class TemplatingResource
{
    /// <summary>Resource key: no such template.</summary>
    public const string Unknown = "Template:Unknown";

    /// <summary>Resource key: the content does not parse.</summary>
    public const string ParseError = "Template:ParseError";

    /// <summary>Resource key: rendering failed.</summary>
    public const string RuntimeError = "Template:RuntimeError";

    /// <summary>Resource key: loop limit.</summary>
    public const string LoopLimit = "Template:LoopLimit";

    /// <summary>Resource key: recursion limit.</summary>
    public const string RecursionLimit = "Template:RecursionLimit";

    /// <summary>Resource key: output limit.</summary>
    public const string OutputLimit = "Template:OutputLimit";

    /// <summary>Resource key: include refused.</summary>
    public const string IncludeRefused = "Template:IncludeRefused";

    /// <summary>Resource key: timeout.</summary>
    public const string Timeout = "Template:Timeout";

    private static readonly ResourceManager Resources = new(typeof(TemplatingResource));

    private TemplatingResource()
    {
    }

    internal static string Format(string key, object[] args)
    {
        var culture = CultureInfo.CurrentUICulture;
        var text = Resources.GetString(key, culture) ?? key;
        return string.Format(culture, text, args);
    }
}
