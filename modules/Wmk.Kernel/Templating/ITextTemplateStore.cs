using System.Globalization;

namespace Wmk.Kernel.Templating;

/// <summary>The current tenant's overrides of templates.</summary>
public interface ITextTemplateStore
{
    /// <summary>The current tenant's overrides.</summary>
    Task<IReadOnlyList<TextTemplateOverride>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the tenant's content for a template in a culture (null: culture-neutral). The content must parse;
    /// otherwise a <see cref="TemplateRenderException"/> lists the errors and nothing is saved.
    /// </summary>
    Task SaveAsync(string templateName, CultureInfo? culture, string content, CancellationToken cancellationToken = default);

    /// <summary>Removes the tenant's override so the embedded default applies again; false when there was none.</summary>
    Task<bool> DeleteAsync(string templateName, CultureInfo? culture, CancellationToken cancellationToken = default);
}
