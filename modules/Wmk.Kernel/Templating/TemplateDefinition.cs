using System.Globalization;
using System.Reflection;

namespace Wmk.Kernel.Templating;

/// <summary>
/// A text template a module ships: its name and its embedded default content per culture
/// ("nl-BE", "nl", "en", or <c>null</c> for the culture-neutral default). Tenants may override it.
/// </summary>
/// <remarks>
/// Name embedded files without a culture segment before the extension (<c>Welcome_nl-BE.sbn</c>, not
/// <c>Welcome.nl-BE.sbn</c>): MSBuild moves the latter into a satellite assembly.
/// </remarks>
public sealed class TemplateDefinition
{
    private readonly Dictionary<string, EmbeddedTemplate> contents = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Starts a definition; add content with <see cref="WithEmbedded"/>.</summary>
    public TemplateDefinition(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The template's name, e.g. "Housing.ReferralReceived.Body".</summary>
    public string Name { get; }

    /// <summary>Embedded content by culture name ("" is the culture-neutral default).</summary>
    public IReadOnlyDictionary<string, EmbeddedTemplate> Contents => contents;

    /// <summary>Adds embedded content for a culture (null: the default); throws when the resource does not exist.</summary>
    public TemplateDefinition WithEmbedded(string? culture, Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        if (assembly.GetManifestResourceInfo(resourceName) is null)
        {
            throw new ArgumentException(
                $"Template '{Name}': assembly {assembly.GetName().Name} holds no embedded resource '{resourceName}'.", nameof(resourceName));
        }

        var key = string.IsNullOrEmpty(culture) ? string.Empty : CultureInfo.GetCultureInfo(culture).Name;
        if (!contents.TryAdd(key, new EmbeddedTemplate(assembly, resourceName)))
        {
            throw new ArgumentException($"Template '{Name}' already has content for culture '{key}'.", nameof(culture));
        }

        return this;
    }
}

/// <summary>Template content embedded in an assembly.</summary>
public sealed record EmbeddedTemplate(Assembly Assembly, string ResourceName)
{
    /// <summary>Reads the content (UTF-8, a byte order mark is skipped).</summary>
    public string Read()
    {
        using var stream = Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded template '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
