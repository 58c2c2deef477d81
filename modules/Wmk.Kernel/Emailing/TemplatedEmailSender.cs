using System.Globalization;
using Wmk.Kernel.Templating;

namespace Wmk.Kernel.Emailing;

internal sealed class TemplatedEmailSender(ITextTemplateRenderer renderer, TemplateDefinitionRegistry templates, IEmailSender sender)
    : ITemplatedEmailSender
{
    public async Task SendAsync(string templateName, object model, IReadOnlyList<string> to, CultureInfo? culture = null,
        CancellationToken cancellationToken = default)
    {
        var subject = await renderer.RenderAsync(templateName + ".Subject", model, culture, cancellationToken);
        var body = await renderer.RenderAsync(templateName + ".Body", model, culture, cancellationToken);
        var text = templates.Contains(templateName + ".Text")
            ? await renderer.RenderAsync(templateName + ".Text", model, culture, cancellationToken)
            : null;
        var oneLine = string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        await sender.SendAsync(new EmailMessage(to, oneLine, body, text), cancellationToken);
    }
}
