using Scriban;
using Scriban.Parsing;

namespace Wmk.Kernel.Templating;

/// <summary>Parses template content; errors become a <see cref="TemplateRenderException"/> with line and column.</summary>
internal static class ScribanParser
{
    public static Template Parse(string templateName, string content)
    {
        var template = Template.Parse(content, templateName);
        if (!template.HasErrors)
        {
            return template;
        }

        var errors = template.Messages
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => new TemplateError(m.Span.Start.Line + 1, m.Span.Start.Column + 1, m.Message))
            .ToList();
        throw new TemplateRenderException(templateName, TemplateFailure.Parse, TemplatingResource.ParseError,
            templateName, string.Join("; ", errors))
        {
            Errors = errors,
        };
    }
}
