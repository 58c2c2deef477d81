using System.Globalization;

namespace Wmk.Kernel.Templating;

/// <summary>Renders a registered template for the current tenant, sandboxed.</summary>
public interface ITextTemplateRenderer
{
    /// <summary>
    /// Renders <paramref name="templateName"/> with the model's public properties as variables (Scriban names:
    /// <c>FirstName</c> is <c>first_name</c>). Content: the current tenant's override, else the embedded default,
    /// each with culture fallback nl-BE → nl → default. <paramref name="culture"/> defaults to the current UI culture.
    /// </summary>
    /// <exception cref="TemplateRenderException">Unknown template, parse error or a broken sandbox limit.</exception>
    Task<string> RenderAsync(string templateName, object model, CultureInfo? culture = null, CancellationToken cancellationToken = default);
}
