using System.Globalization;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Templating;

internal sealed class TextTemplateRenderer(
    TemplateContentResolver resolver,
    ParsedTemplateCache cache,
    ScribanSandbox sandbox,
    ICurrentTenant tenant) : ITextTemplateRenderer
{
    public async Task<string> RenderAsync(string templateName, object model, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templateName);
        culture ??= CultureInfo.CurrentUICulture;
        var template = await cache.GetOrAddAsync(tenant.Id, templateName, culture.Name, async () =>
            ScribanParser.Parse(templateName, await resolver.ResolveAsync(templateName, culture, cancellationToken)));
        return await sandbox.RenderAsync(templateName, template, model, culture, cancellationToken);
    }
}
